package io.lede.quote.extraction;

import java.util.Locale;
import java.util.Set;

/** The words the extractor knows: reporting verbs, titles, job nouns, organisation nouns and their regex forms. */
final class Lexicon {

    static final String CUE_WORDS = "said|says|say|told|tells|tell|added|adds|acknowledged|acknowledges|stressed"
            + "|stresses|noted|notes|warned|warns|explained|explains|insisted|insists|argued|argues|claimed|claims"
            + "|recalled|recalls|replied|replies|wrote|writes|declared|declares|admitted|admits|conceded|concedes"
            + "|confirmed|confirms|denied|denies|announced|announces|cautioned|cautions|complained|complains"
            + "|remarked|remarks|observed|predicted|predicts|suggested|suggests|described|describes|called|calls"
            + "|urged|urges|asked|asks|answered|conceded|promised|promises|vowed|vows|joked|jokes|boasted|boasts"
            + "|recounted|reckoned|reckons|maintained|maintains|countered|testified|according to";

    static final String ROLE_NOUNS = "advis[eo]rs?|spokes(?:man|men|woman|women|person|people)|ministers?"
            + "|secretar(?:y|ies)|officials?|officers?|directors?|engineers?|managers?|chiefs?|heads?|chair"
            + "|chair(?:man|woman|person)|presidents?|vice-presidents?|mayors?|governors?|leaders?|founders?"
            + "|owners?|analysts?|experts?|professors?|lecturers?|researchers?|scientists?|economists?|lawyers?"
            + "|attorneys?|judges?|prosecutors?|doctors?|nurses?|teachers?|principals?|captains?|skippers?"
            + "|(?:harbour|harbor|station)[- ]?masters?|councill?ors?|commissioners?|inspectors?"
            + "|superintendents?|ambassadors?|diplomats?|envoys?|negotiators?|representatives?|residents?"
            + "|witness(?:es)?|farmers?|fishermen|fisherman|drivers?|workers?|organi[sz]ers?|campaigners?"
            + "|activists?|coaches|coach|editors?|historians?|architects?|planners?|surveyors?|curators?|pilots?"
            + "|commanders?|generals?|colonels?|sergeants?|constables?|aides?|deput(?:y|ies)|treasurers?|clerks?"
            + "|administrators?|coordinators?|consultants?|executives?|ceo|owners?|physicians?|surgeons?"
            + "|paramedics?|firefighters?|volunteers?|parents?|students?|members?|negotiators?|sources?|priests?"
            + "|senators?|congress(?:man|men|woman|women)|candidates?|nominees?|front-?runners?|strategists?"
            + "|pollsters?|operatives?|hosts?|moderators?|anchors?|reporters?|correspondents?|columnists?"
            + "|commentators?|authors?|voters?|supporters?|protesters?|delegates?|donors?|lawmakers?|legislators?"
            + "|surrogates?|staffers?|campaign|senators?|spokesperson|officers?|agents?|critics?|opponents?"
            + "|\\p{L}+ologists?|(?:scient|econom|activ|journal|special|novel|chem|dent|therap|pharmac|art)ists?";

    static final String ORGANISATION_NOUNS = "ministry|authority|council|company|corporation|agency|department"
            + "|university|institute|union|association|bank|board|commission|committee|trust|foundation|office"
            + "|court|police|party|group|service|hospital|school|port|airport|federation|league|club|cooperative"
            + "|co-op|society|museum|library|observatory|railway|railways|airline|ltd|inc|plc|gmbh|network|fund"
            + "|coalition|alliance|centre|center|clinic|brigade|guard|navy|army|force|parliament|assembly|senate"
            + "|states|nations|kingdom|republic|house|city|county|street|news|times|post|journal|media|press"
            + "|campaign|administration|government|organization|organisation|institution|network|channel";

    static final String HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?";

    /** A capitalised name word: "Berg", "O’Brien", "Smith-Jones"; never a possessive "Lindmark’s". */
    static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’](?!s\\b)\\p{Lu}?[\\p{L}\\p{M}]+)*";

    static final String NAME = NAME_WORD + "(?:\\s+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|al|bin|ibn)\\s+)?"
            + "(?:" + NAME_WORD + "|\\p{Lu}\\.)){0,4}";

    static final String PRONOUNS = "he|she|they|it|He|She|They|It";

    static final Set<String> TITLES = Set.of(
            "president",
            "prime",
            "minister",
            "deputy",
            "mayor",
            "governor",
            "senator",
            "judge",
            "justice",
            "chief",
            "captain",
            "capt.",
            "professor",
            "inspector",
            "detective",
            "sergeant",
            "commissioner",
            "councillor",
            "councilor",
            "ambassador",
            "secretary",
            "chancellor",
            "director",
            "superintendent",
            "constable",
            "coach",
            "general",
            "colonel",
            "admiral",
            "father",
            "sister",
            "rev.",
            "reverend",
            "rabbi",
            "imam",
            "bishop",
            "sheriff",
            "alderman",
            "chairman",
            "chairwoman",
            "harbourmaster",
            "harbormaster",
            "skipper",
            "officer",
            "sir",
            "dame",
            "lord",
            "lady",
            "king",
            "queen",
            "prince",
            "princess",
            "foreign",
            "finance",
            "interior",
            "defence",
            "defense",
            "vice",
            "harbour",
            "harbor",
            "master",
            "station",
            "police",
            "fire",
            "city",
            "county",
            "district",
            "state",
            "union",
            "party",
            "team",
            "head",
            "senior",
            "assistant",
            "acting");

    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof");
    static final Set<String> FEMININE_HONORIFICS = Set.of("mrs", "ms", "miss");

    /** Capitalised words that start sentences or name days and months, never people. */
    static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "but",
            "and",
            "or",
            "so",
            "yet",
            "when",
            "while",
            "on",
            "in",
            "at",
            "by",
            "for",
            "from",
            "of",
            "to",
            "with",
            "he",
            "she",
            "they",
            "it",
            "we",
            "i",
            "you",
            "this",
            "that",
            "these",
            "those",
            "meanwhile",
            "however",
            "last",
            "next",
            "after",
            "before",
            "during",
            "over",
            "under",
            "if",
            "as",
            "according",
            "asked",
            "speaking",
            "there",
            "here",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "your",
            "some",
            "many",
            "most",
            "other",
            "another",
            "one",
            "two",
            "three",
            "both",
            "all",
            "each",
            "every",
            "no",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "today",
            "yesterday",
            "tomorrow",
            "now",
            "then",
            "still",
            "also",
            "later",
            "earlier",
            "since",
            "until",
            "though",
            "although",
            "because",
            "whether",
            "what",
            "who",
            "why",
            "how",
            "where",
            "which",
            "not",
            "even",
            "only",
            "just",
            "instead",
            "despite",
            "about",
            "around",
            "outside",
            "inside",
            "like",
            "unlike",
            "once");

    private Lexicon() {}

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(key(word)) || TITLES.contains(key(word) + ".");
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(key(word).replace(".", ""));
    }
}
