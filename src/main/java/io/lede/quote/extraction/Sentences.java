package io.lede.quote.extraction;

import java.util.Set;

/** Finds sentence boundaries near a position, without splitting after "Mr." or "U.S." before a lower-case word. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "capt", "lt", "sgt", "rev", "sen", "rep", "gov",
            "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx", "dept", "univ", "fig");

    private Sentences() {}

    /** The start of the sentence holding {@code position}, never before {@code floor}. */
    static int startBefore(String text, int position, int floor) {
        for (int i = position - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentenceAt(text, i)) {
                int start = i;
                while (start < position && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                return start;
            }
        }
        return floor;
    }

    /** The end of the sentence holding {@code position} (just past its final punctuation), at most {@code ceiling}. */
    static int endAfter(String text, int position, int ceiling) {
        for (int i = position; i < ceiling; i++) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentenceAt(text, i)) {
                return i;
            }
        }
        return ceiling;
    }

    /** Whether the whitespace at {@code gap} separates two sentences. */
    private static boolean endsSentenceAt(String text, int gap) {
        int mark = gap - 1;
        while (mark >= 0 && isClosingMark(text.charAt(mark))) {
            mark--;
        }
        if (mark < 0) {
            return false;
        }
        char terminal = text.charAt(mark);
        if (terminal != '.' && terminal != '!' && terminal != '?') {
            return false;
        }
        int next = gap;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char following = text.charAt(next);
        if (!Character.isUpperCase(following) && !Character.isDigit(following) && "“\"‘'(".indexOf(following) < 0) {
            return false;
        }
        return terminal != '.' || !isAbbreviation(text, mark);
    }

    private static boolean isAbbreviation(String text, int period) {
        int wordStart = period;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return word.indexOf('.') >= 0 && Character.isUpperCase(word.charAt(0)) && word.length() <= 5
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isClosingMark(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')';
    }
}
