package io.lede.support;

import com.anyascii.AnyAscii;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs: lowercase ASCII words joined by hyphens, with at least one letter so they never look like ids. */
public final class Slugs {

    public static final String PATTERN = "^(?=.*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /**
     * A slug for a title in any script, transliterated to ASCII ("Straße" gives {@code strasse}, "Łódź" {@code lodz},
     * Greek and Chinese their romanisations), or {@code fallback} when nothing is left to keep.
     */
    public static String fromTitle(String title, String fallback) {
        String ascii = AnyAscii.transliterate(title).toLowerCase(Locale.ROOT);
        String slug = NON_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
        }
        return slug.matches(PATTERN) ? slug : fallback;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… : the first that is not taken, never longer than the limit. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            String end = "-" + suffix;
            String stem = base.length() + end.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - end.length()).replaceAll("-+$", "")
                    : base;
            candidate = stem + end;
        }
        return candidate;
    }

    /** Path parameters accept an id or a slug: ids are all digits, slugs never are. */
    public static boolean looksLikeId(String idOrSlug) {
        return !idOrSlug.isEmpty() && idOrSlug.length() < 19 && idOrSlug.chars().allMatch(Character::isDigit);
    }
}
