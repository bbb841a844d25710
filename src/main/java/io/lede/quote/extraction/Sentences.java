package io.lede.quote.extraction;

import java.util.Arrays;
import java.util.Set;

/**
 * The sentence boundaries of a text, found in one pass, so that finding the sentence around a position costs a
 * binary search; "Mr." and "U.S." before a lower-case word end no sentence.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "capt", "lt", "sgt", "rev", "sen", "rep", "gov",
            "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx", "dept", "univ", "fig");

    /**
     * How far from a position a sentence is taken to reach, in UTF-16 units. News sentences are shorter; the bound
     * keeps what callers do with a sentence (match a pattern in it, copy it) linear in the text when it has no
     * punctuation at all.
     */
    static final int REACH = 600;

    private final String text;
    /** The whitespace positions that separate two sentences, ascending. */
    private final int[] gaps;

    private Sentences(String text, int[] gaps) {
        this.text = text;
        this.gaps = gaps;
    }

    static Sentences of(String text) {
        int[] gaps = new int[16];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentenceAt(text, i)) {
                if (count == gaps.length) {
                    gaps = Arrays.copyOf(gaps, count * 2);
                }
                gaps[count++] = i;
            }
        }
        return new Sentences(text, Arrays.copyOf(gaps, count));
    }

    /** The start of the sentence holding {@code position}, never before {@code floor} nor {@link #REACH} back. */
    int startBefore(int position, int floor) {
        int lowest = Math.max(floor, position - REACH);
        // The last gap at or before position - 1 and after lowest.
        int gap = lastGapBefore(position);
        if (gap < 0 || gaps[gap] <= lowest) {
            return lowest;
        }
        int start = gaps[gap];
        while (start < position && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * The end of the sentence holding {@code position} (just past its final punctuation), at most {@code ceiling}
     * and {@link #REACH} ahead.
     */
    int endAfter(int position, int ceiling) {
        int highest = Math.min(ceiling, position + REACH);
        int gap = lastGapBefore(position) + 1;
        return gap < gaps.length && gaps[gap] < highest ? gaps[gap] : highest;
    }

    /** The index of the last gap before {@code position}, or -1. */
    private int lastGapBefore(int position) {
        int found = Arrays.binarySearch(gaps, position);
        return found >= 0 ? found - 1 : -found - 2;
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
