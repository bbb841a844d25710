package io.lede.quote.extraction;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads role phrases: the organisation they name, the gender a job noun implies, and whether two of them match. */
final class Roles {

    private static final Pattern ORGANISATION =
            Pattern.compile("(?i)(?<![\\p{L}])(?:" + Lexicon.ORGANISATION_NOUNS + ")(?![\\p{L}])");
    private static final Pattern POSSESSIVE_ORGANISATION = Pattern.compile("^(?:the\\s+)?([^,]+?)['’]s\\s+\\S");
    private static final Pattern PREPOSITIONAL_ORGANISATION =
            Pattern.compile("\\s(?:at|of|for|with|to|from)\\s+(?:the\\s+)?([^,;]+)$");
    private static final Pattern HEAD_NOUN =
            Pattern.compile("(?i)(?<![\\p{L}])(?:" + Lexicon.ROLE_NOUNS + ")(?![\\p{L}])");
    private static final Pattern FEMININE_ROLE =
            Pattern.compile("(?i)\\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman)\\b");
    private static final Pattern MASCULINE_ROLE =
            Pattern.compile("(?i)\\b(?:spokesman|chairman|businessman|congressman|councilman|fisherman)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Set<String> FUNCTION_WORDS =
            new HashSet<>(Arrays.asList("the", "a", "an", "of", "to", "for", "at", "in", "on", "with", "and", "s"));

    private Roles() {}

    /**
     * A role split into the job and the organisation it names. "the library's director" gives the job "director";
     * its organisation is the one the possessive names, if written as a proper name ("the Harbour Authority's
     * chief engineer") or if the article names exactly one organisation of that kind ({@code resolve}: "the
     * library" → "Central Library"); a bare common noun is never an organisation's name. A role with a preposition
     * ("chief engineer at the Harbour Authority") keeps its words, and names its organisation the same way.
     */
    static Parts parts(String role, Function<String, String> resolve) {
        Matcher possessive = POSSESSIVE_ORGANISATION.matcher(role);
        if (possessive.find() && namesOrganisation(possessive.group(1))) {
            return new Parts(
                    role.substring(possessive.end(1)).replaceFirst("^['’]s\\s+", ""),
                    organisation(possessive.group(1), resolve));
        }
        Matcher prepositional = PREPOSITIONAL_ORGANISATION.matcher(role);
        if (prepositional.find() && namesOrganisation(prepositional.group(1))) {
            return new Parts(role, organisation(prepositional.group(1), resolve));
        }
        return new Parts(role, null);
    }

    record Parts(String job, String affiliation) {}

    private static String organisation(String phrase, Function<String, String> resolve) {
        String name = phrase.strip();
        boolean proper = name.codePoints().anyMatch(Character::isUpperCase);
        return proper ? name : resolve.apply(name);
    }

    static boolean namesOrganisation(String phrase) {
        return ORGANISATION.matcher(phrase).find();
    }

    static Person.Gender genderOf(String role) {
        if (FEMININE_ROLE.matcher(role).find()) {
            return Person.Gender.FEMININE;
        }
        if (MASCULINE_ROLE.matcher(role).find()) {
            return Person.Gender.MASCULINE;
        }
        return Person.Gender.UNKNOWN;
    }

    /**
     * How well a description ("a foreign policy advisor to the president") fits a role given in apposition, 0 to
     * 1: the same job noun, and the share of the shorter phrase's words the other repeats.
     */
    static double fit(String description, String role) {
        String descriptionHead = head(description);
        if (descriptionHead == null || !descriptionHead.equals(head(role))) {
            return 0;
        }
        Set<String> descriptionWords = words(description);
        Set<String> roleWords = words(role);
        long shared = roleWords.stream().filter(descriptionWords::contains).count();
        // A short description ("the chief engineer") repeats part of a long role; a long one contains a short role.
        return Math.max(shared / (double) roleWords.size(), shared / (double) descriptionWords.size());
    }

    private static String head(String phrase) {
        Matcher head = HEAD_NOUN.matcher(phrase);
        return head.find() ? normalise(head.group()) : null;
    }

    private static Set<String> words(String phrase) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(phrase);
        while (word.find()) {
            String normal = normalise(word.group());
            if (!FUNCTION_WORDS.contains(normal)) {
                words.add(normal);
            }
        }
        return words;
    }

    private static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("advisor", "adviser");
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                ? lower.substring(0, lower.length() - 1)
                : lower;
    }
}
