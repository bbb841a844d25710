package io.lede.quote.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of source a speaker is: a named person, an organisation ("the council said", "the Harbour Authority"),
 * a description the article never resolves to a name ("a spokesman for the ministry", "party officials"), or a
 * document ("according to the audit", "the report says").
 */
public enum SpeakerKind {
    PERSON,
    ORGANISATION,
    DESCRIPTION,
    DOCUMENT;

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern ORGANISATION_HEAD =
            Pattern.compile("(?i)(?:" + Lexicon.ORGANISATION_NOUNS + "|firm|paper|newspaper|daily|outlet|magazine"
                    + "|station|broadcaster|team|staff|office|bureau|pac|nato|fbi|cia|gop|un|eu)");
    private static final Pattern DOCUMENT_HEAD = Pattern.compile("(?i)(?:report|reports|audit|study|survey|poll"
            + "|statement|letter|memo|memorandum|email|e-mail|filing|lawsuit|complaint|ruling|verdict|order|bill|law"
            + "|document|documents|release|ad|advert|advertisement|website|site|tweet|post|blog|book|article|editorial"
            + "|column|headline|transcript|minutes|notice|sign|banner|brochure|leaflet|plan|budget|policy|record"
            + "|records|review|analysis|data|figures|index|note|message|petition|manifesto|platform|motion"
            + "|resolution|decision|judgment|judgement|affidavit|indictment|warrant|subpoena|text|script|video)");

    /**
     * The kind of a speaker from its resolved name and its description (the role or the words that described it).
     *
     * @param name the speaker's name, null for an unresolved description
     * @param description the role or description, null if none
     */
    static SpeakerKind of(String name, String description) {
        if (name != null) {
            return isHead(ORGANISATION_HEAD, name) ? ORGANISATION : PERSON;
        }
        if (description == null) {
            return DESCRIPTION;
        }
        if (isHead(DOCUMENT_HEAD, description)) {
            return DOCUMENT;
        }
        return isHead(ORGANISATION_HEAD, description) ? ORGANISATION : DESCRIPTION;
    }

    /** Whether the head of a noun phrase (its last word before "of", "for", "at" …) is one of the given nouns. */
    private static boolean isHead(Pattern heads, String phrase) {
        String head = phrase.strip();
        int of = indexOfPreposition(head);
        if (of > 0) {
            head = head.substring(0, of).strip();
        }
        int space = head.lastIndexOf(' ');
        String last =
                POSSESSIVE.matcher(head.substring(space + 1)).replaceAll("").toLowerCase(Locale.ROOT);
        return heads.matcher(last).matches();
    }

    private static int indexOfPreposition(String phrase) {
        int best = -1;
        for (String preposition : new String[] {" of ", " for ", " at ", " from ", " in ", " with ", " on "}) {
            int at = phrase.indexOf(preposition);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The lower-case name the API uses. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
