package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds reporting verbs and phrases ("said", "according to") in a stretch of text by looking each word up in a set:
 * one pass over the text whatever the size of the vocabulary, where an alternation of hundreds of words in a
 * regular expression would try each of them at every character.
 */
final class CueWords {

    /** A cue as written, by UTF-16 index. */
    record Match(int start, int end, String text) {}

    private final Set<String> words = new HashSet<>();
    private int longest;
    private final Map<String, List<String[]>> phrases = new HashMap<>();

    /** @param vocabulary cue words and phrases, lower case, phrase words separated by one space */
    CueWords(Iterable<String> vocabulary) {
        for (String cue : vocabulary) {
            String[] parts = cue.split(" ");
            longest = Math.max(longest, parts[0].length());
            if (parts.length == 1) {
                words.add(cue);
            } else {
                phrases.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts);
            }
        }
    }

    List<Match> in(String text, int from, int to) {
        List<Match> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, start, to);
            i = end;
            if (end - start > longest
                    || start > from && text.charAt(start - 1) == '-'
                    || end < to && text.charAt(end) == '-') {
                continue;
            }
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            int phraseEnd = phraseEnd(text, word, end, to);
            if (phraseEnd > 0) {
                matches.add(new Match(start, phraseEnd, text.substring(start, phraseEnd)));
                i = phraseEnd;
            } else if (words.contains(word)) {
                matches.add(new Match(start, end, text.substring(start, end)));
            }
        }
        return matches;
    }

    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Where a phrase that begins with {@code first} ends, or -1 when none follows it. */
    private int phraseEnd(String text, String first, int firstEnd, int to) {
        List<String[]> candidates = phrases.get(first);
        if (candidates == null) {
            return -1;
        }
        for (String[] phrase : candidates) {
            int at = firstEnd;
            boolean matched = true;
            for (int p = 1; p < phrase.length && matched; p++) {
                int wordStart = at;
                while (wordStart < to && Character.isWhitespace(text.charAt(wordStart))) {
                    wordStart++;
                }
                int wordEnd = wordStart == at ? at : wordEnd(text, wordStart, to);
                matched = wordEnd - wordStart == phrase[p].length()
                        && text.regionMatches(true, wordStart, phrase[p], 0, phrase[p].length());
                at = wordEnd;
            }
            if (matched && (at >= to || text.charAt(at) != '-')) {
                return at;
            }
        }
        return -1;
    }

    private static int wordEnd(String text, int start, int to) {
        int end = start;
        while (end < to && isWordCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK;
    }
}
