package io.lede.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs: lowercase ASCII words joined by hyphens, with at least one letter so they never look like ids. */
public final class Slugs {

    public static final String PATTERN = "^(?=.*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** A slug for a title, or {@code fallback} when the title has no letters or digits to keep. */
    public static String fromTitle(String title, String fallback) {
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = NON_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
        }
        return slug.matches(PATTERN) ? slug : fallback;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… : the first that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    /** Path parameters accept an id or a slug: ids are all digits, slugs never are. */
    public static boolean looksLikeId(String idOrSlug) {
        return !idOrSlug.isEmpty() && idOrSlug.length() < 19 && idOrSlug.chars().allMatch(Character::isDigit);
    }
}
