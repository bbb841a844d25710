package io.lede.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query in websearch syntax, read the way PostgreSQL's {@code websearch_to_tsquery} reads it, for databases
 * without it: words and quoted phrases must all match, {@code or} between two of them lets either match, and a
 * {@code -} before one excludes what matches it. Terms are folded ({@link Folding}); at most {@link #MAX_TERMS}.
 *
 * @param clauses each must match; a clause matches when any of its alternatives does
 * @param excluded none may match
 */
record SearchTerms(List<List<String>> clauses, List<String> excluded) {

    static final int MAX_TERMS = 16;

    static SearchTerms parse(String query) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        String text = Folding.fold(query);
        int i = 0;
        boolean orPending = false;
        int count = 0;
        while (i < text.length() && count < MAX_TERMS) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '"' && c != '-') {
                i++;
                continue;
            }
            boolean negated = c == '-';
            if (negated) {
                i++;
                if (i >= text.length()) {
                    break;
                }
            }
            String term;
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                term = words(text.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                term = words(text.substring(i, end));
                i = end;
            }
            if (term.isEmpty()) {
                continue;
            }
            if (!negated && term.equals("or") && !clauses.isEmpty()) {
                orPending = true;
                continue;
            }
            count++;
            if (negated) {
                excluded.add(term);
            } else if (orPending) {
                clauses.get(clauses.size() - 1).add(term);
                orPending = false;
            } else {
                clauses.add(new ArrayList<>(List.of(term)));
            }
        }
        return new SearchTerms(clauses, excluded);
    }

    /** Every term that must or may match, in order: what a snippet marks. */
    List<String> wanted() {
        return clauses.stream().flatMap(List::stream).toList();
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Letters and digits only, single spaces between words. */
    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
