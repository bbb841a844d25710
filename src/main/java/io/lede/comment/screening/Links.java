package io.lede.comment.screening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts links in a comment's source, whether written as Markdown links, autolinks or bare addresses. */
final class Links {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)>\\]]+");

    private Links() {}

    static int count(String text) {
        Matcher links = LINK.matcher(text);
        int count = 0;
        while (links.find()) {
            count++;
        }
        return count;
    }
}
