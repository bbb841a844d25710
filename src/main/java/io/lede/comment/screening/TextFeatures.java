package io.lede.comment.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the spam classifier counts: lowercase words, word pairs and character 4-grams.
 *
 * <p>Character grams run over the whole normalised text, punctuation included, so that "v1agra", "fr.ee" and
 * "$$$" still share pieces with what the classifier has seen even when no whole word matches.
 */
final class TextFeatures {

    static final String WORD = "w:";
    static final String PAIR = "b:";
    static final String GRAM = "c:";
    static final int GRAM_LENGTH = 4;

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private TextFeatures() {}

    static String normalise(String text) {
        return fold(text).replaceAll("\\s+", " ").strip();
    }

    /** Spacing does not change which words a text has, so words skip the whitespace pass of normalising. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }

    static List<String> of(String text) {
        String normalised = normalise(text);
        List<String> words = words(normalised);
        List<String> features = new ArrayList<>(words.size() * 2 + normalised.length());
        for (int i = 0; i < words.size(); i++) {
            features.add(WORD + words.get(i));
            if (i > 0) {
                features.add(PAIR + words.get(i - 1) + " " + words.get(i));
            }
        }
        String padded = " " + normalised + " ";
        for (int i = 0; i + GRAM_LENGTH <= padded.length(); i++) {
            features.add(GRAM + padded.substring(i, i + GRAM_LENGTH));
        }
        return features;
    }
}
