package io.lede.support;

/** Small normalisations of text that arrives in requests. */
public final class Text {

    private Text() {}

    /** Optional text fields store null rather than blanks, and never stray outer whitespace. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
