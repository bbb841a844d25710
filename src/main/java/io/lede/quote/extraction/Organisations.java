package io.lede.quote.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The organisations an article names in capitals ("the Central Library", "Harbour Authority"), so that a common noun
 * in a role ("the library's director") can stand for the one the article means. A common noun alone ("library",
 * "authority") is never an organisation's name: when the article names no such organisation, or names two, it
 * stays unresolved.
 */
final class Organisations {

    private static final Pattern ORGANISATION_NOUN = Pattern.compile("(?i)(?:" + Lexicon.ORGANISATION_NOUNS + ")");

    /** Proper names by their last word, lower case; null where two organisations share it. */
    private final Map<String, String> byHead = new HashMap<>();

    /** Remembers a capitalised run of two or more words that ends in an organisation noun. */
    void sawName(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return;
        }
        String head = name.substring(space + 1).toLowerCase(Locale.ROOT);
        if (!ORGANISATION_NOUN.matcher(head).matches()) {
            return;
        }
        if (!byHead.containsKey(head)) {
            byHead.put(head, name);
        } else if (byHead.get(head) != null && !byHead.get(head).equals(name)) {
            byHead.put(head, null);
        }
    }

    /** The organisation the article names that a common noun phrase ("the library") refers to, or null. */
    String named(String commonNoun) {
        String phrase = commonNoun.strip();
        int space = phrase.lastIndexOf(' ');
        return byHead.get(phrase.substring(space + 1).toLowerCase(Locale.ROOT));
    }
}
