package io.lede.web;

/** The {@code q} parameter of lists that search: blank means none, and it is at most 200 characters. */
public final class QueryWords {

    public static final int MAX_LENGTH = 200;

    private QueryWords() {}

    public static String of(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_LENGTH) {
            throw Problems.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
        return q.strip();
    }
}
