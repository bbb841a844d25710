package io.lede.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as search compares it: lower case, without accents ("Inês" and "ines" fold alike). */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** Also the H2 function {@code lede_fold} (migration h2/V80). */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
