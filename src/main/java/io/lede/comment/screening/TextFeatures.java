package io.lede.comment.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the spam classifier counts: the distinct lowercase words of a text and its distinct word pairs.
 *
 * <p>Distinct, not counted: in comments of a few dozen words, whether a word occurs says nearly everything and a
 * repeated word ("subscribe subscribe subscribe") should not count as three pieces of evidence. Character grams
 * were dropped: one word yields a dozen overlapping grams, so summed evidence counted each word many times over.
 */
final class TextFeatures {

    static final String WORD = "w:";
    static final String PAIR = "b:";

    /** Longer words are cut: a feature is a database key, and a 300-letter word is as telling at 40. */
    static final int MAX_WORD_LENGTH = 40;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private TextFeatures() {}

    static String normalise(String text) {
        return normaliseFolded(fold(text));
    }

    /** {@link #normalise} of a text already {@link #fold folded}. */
    static String normaliseFolded(String folded) {
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** Spacing does not change which words a text has, so words skip the whitespace pass of normalising. */
    static List<String> words(String text) {
        return wordsOfFolded(fold(text));
    }

    /** The words of a text already {@link #fold folded}. */
    static List<String> wordsOfFolded(String folded) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(folded);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }

    /** Distinct features in the order first seen. */
    static Set<String> of(String text) {
        return of(words(text));
    }

    /** Distinct features of a text's {@link #words}, in the order first seen. */
    static Set<String> of(List<String> textWords) {
        List<String> words = textWords.stream().map(TextFeatures::cut).toList();
        Set<String> features = new LinkedHashSet<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            features.add(WORD + words.get(i));
            if (i > 0) {
                features.add(PAIR + words.get(i - 1) + " " + words.get(i));
            }
        }
        return features;
    }

    private static String cut(String word) {
        return word.length() <= MAX_WORD_LENGTH ? word : word.substring(0, MAX_WORD_LENGTH);
    }
}
