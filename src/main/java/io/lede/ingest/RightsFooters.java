package io.lede.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds and reads the copyright footer of a news page. */
final class RightsFooters {

    private static final int MAX_LENGTH = 2_000;
    private static final Pattern OPENING =
            Pattern.compile("^(©|\\(c\\)\\s*\\d{4}|copyright\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESERVED = Pattern.compile("all rights reserved", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(\\d{4})(?:\\s*[-–]\\s*\\d{4})?\\s*[,.]?\\s*)?"
                    + "([^.©\\n]*?)\\s*(?=\\.\\s|\\.$|©|$|all rights reserved)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final String DOMAIN = "(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/[^\\s,;]*)?";
    private static final Pattern CREDITED_DOMAIN = Pattern.compile(
            "(?:credit(?:ed)?(?: is)?(?: given)? to|attribution to|courtesy of|link(?:ed)? to)\\s+(" + DOMAIN + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_DOMAIN = Pattern.compile("(?<![\\w@.])(" + DOMAIN + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern TERMS = Pattern.compile(
            "excerpt|may be (used|quoted|republished|reproduced)|provided that|with (full )?(credit|attribution)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCERPTS_ALLOWED = Pattern.compile(
            "excerpts?\\b.{0,60}\\b(may|can) be (used|quoted|republished|reproduced)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_REQUIRED =
            Pattern.compile("\\blinks?\\b|direction to the original", Pattern.CASE_INSENSITIVE);

    private RightsFooters() {}

    static boolean looksLikeFooter(String block) {
        String text = block.strip();
        return text.length() <= MAX_LENGTH
                && (OPENING.matcher(text).find() || RESERVED.matcher(text).find());
    }

    static RightsFooter parse(String text) {
        String holder = null;
        Integer year = null;
        Matcher notice = NOTICE.matcher(text);
        while (notice.find() && (holder == null || year == null)) {
            if (year == null && notice.group(1) != null) {
                year = Integer.valueOf(notice.group(1));
            }
            String name = notice.group(2).strip().replaceAll("[,;:]+$", "").strip();
            if (holder == null && !name.isEmpty() && !name.matches("(?i)^(by|the)$")) {
                holder = name;
            }
        }
        if (year == null) {
            Matcher anyYear = YEAR.matcher(text);
            year = anyYear.find() ? Integer.valueOf(anyYear.group()) : null;
        }
        String creditTo = creditedDomain(text);
        String terms = Arrays.stream(SENTENCE_END.split(text.strip()))
                .filter(sentence -> TERMS.matcher(sentence).find())
                .collect(Collectors.joining(" "));
        return new RightsFooter(
                holder,
                year,
                creditTo,
                creditTo == null ? null : (creditTo.matches("(?i)^https?://.*") ? creditTo : "https://" + creditTo),
                terms.isEmpty() ? null : terms,
                EXCERPTS_ALLOWED.matcher(terms).find(),
                !terms.isEmpty() && LINK_REQUIRED.matcher(terms).find(),
                text.strip());
    }

    private static String creditedDomain(String text) {
        Matcher credited = CREDITED_DOMAIN.matcher(text);
        Matcher any = ANY_DOMAIN.matcher(text);
        String domain = credited.find() ? credited.group(1) : any.find() ? any.group(1) : null;
        return domain == null ? null : domain.replaceAll("[.)]+$", "").toLowerCase(Locale.ROOT);
    }
}
