package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in a comment's source the way a reader would see them: Markdown links and bare {@code http(s)://} or
 * {@code www.} addresses, but also bare domains ("harbourdeals.com"), domains spaced or spelled out to slip past a
 * filter ("harbourdeals . com", "harbourdeals dot com", "harbourdeals(dot)net") and URL shorteners.
 */
final class Links {

    private static final String TLD = "(?:com|net|org|info|biz|co|io|me|tv|ly|gl|gd|be|to|cc|us|uk|ru|de|xyz|online"
            + "|site|shop|store|club|top|app|live|link|click|pw|tk|ml|ga|cf|in|eu|fr|es|pl|br|ws|su)";

    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)>\\]]+");

    private static final Pattern BARE_DOMAIN =
            Pattern.compile("(?i)(?<![@\\w.])[\\p{L}\\p{N}-]{2,}(?:\\.[\\p{L}\\p{N}-]+)*\\." + TLD + "\\b(?![.@]\\w)");

    private static final Pattern SPACED_DOMAIN =
            Pattern.compile("(?i)\\b[\\p{L}\\p{N}-]{2,}\\s*(?:\\s[.,]|[.,]\\s)\\s*" + TLD + "\\b");

    private static final Pattern SPELLED_DOMAIN = Pattern.compile(
            "(?i)\\b[\\p{L}\\p{N}-]{2,}\\s*[\\[({]?\\s*(?:dot|punto|punkt|point)\\s*[\\])}]?\\s*" + TLD + "\\b");

    private static final Pattern SHORTENER = Pattern.compile(
            "(?i)\\b(?:bit\\s*\\.?\\s*ly|goo\\s*\\.\\s*gl|tinyurl|t\\.co|ow\\.ly|is\\.gd|buff\\.ly|cutt\\.ly|rebrand\\.ly"
                    + "|shorturl|tiny\\.cc|adf\\.ly|linktr\\.ee)\\b");

    private Links() {}

    static int count(String text) {
        return found(text).size();
    }

    /** Each link once, in the order the patterns look for them; an address is not also counted as a bare domain. */
    static List<String> found(String text) {
        List<String> links = new ArrayList<>();
        String rest = collect(ADDRESS, text, links);
        rest = collect(SHORTENER, rest, links);
        rest = collect(SPELLED_DOMAIN, rest, links);
        rest = collect(SPACED_DOMAIN, rest, links);
        collect(BARE_DOMAIN, rest, links);
        return links;
    }

    /** Adds every match and returns the text with them blanked, so a later pattern cannot count them again. */
    private static String collect(Pattern pattern, String text, List<String> links) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        while (matcher.find()) {
            links.add(matcher.group().strip());
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        return rest.toString();
    }
}
