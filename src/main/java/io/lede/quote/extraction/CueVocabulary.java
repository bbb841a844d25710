package io.lede.quote.extraction;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reporting verbs, from their lemmas in every inflection (says, said, saying), and the phrases that act as cues.
 * Forms that are also common nouns ("claims", "notes", "calls", "reports") count only with a subject or an opening
 * that marks speech; that check is the cue finder's.
 */
final class CueVocabulary {

    /** Regular reporting verbs, by lemma; their forms are generated. */
    private static final List<String> REGULAR = List.of(
            "acknowledge",
            "add",
            "advise",
            "affirm",
            "agree",
            "allege",
            "announce",
            "answer",
            "argue",
            "ask",
            "assert",
            "assure",
            "boast",
            "call",
            "caution",
            "charge",
            "claim",
            "clarify",
            "comment",
            "complain",
            "concede",
            "conclude",
            "confirm",
            "contend",
            "continue",
            "counter",
            "criticize",
            "criticise",
            "declare",
            "demand",
            "deny",
            "deride",
            "describe",
            "dismiss",
            "email",
            "emphasize",
            "emphasise",
            "estimate",
            "exclaim",
            "explain",
            "gush",
            "hint",
            "insist",
            "interject",
            "joke",
            "lament",
            "maintain",
            "mock",
            "mutter",
            "muse",
            "note",
            "observe",
            "pledge",
            "plead",
            "point",
            "praise",
            "predict",
            "proclaim",
            "promise",
            "question",
            "recall",
            "reckon",
            "recount",
            "reiterate",
            "remark",
            "remind",
            "repeat",
            "reply",
            "report",
            "respond",
            "retort",
            "scoff",
            "scream",
            "shout",
            "sigh",
            "state",
            "stress",
            "suggest",
            "testify",
            "thunder",
            "tweet",
            "urge",
            "vow",
            "warn",
            "whisper",
            "wonder",
            "yell",
            "add",
            "accuse",
            "blast",
            "lash",
            "recommend",
            "reason",
            "predict",
            "declare",
            "elaborate",
            "summarize",
            "summarise",
            "cheer",
            "complain",
            "echo",
            "explain",
            "grumble",
            "quote",
            "rail",
            "rant",
            "reassure",
            "recollect",
            "relate",
            "reveal",
            "signal",
            "snap",
            "bark",
            "beam",
            "chant",
            "lecture",
            "fume",
            "gripe",
            "marvel",
            "reflect",
            "crow",
            "scold",
            "chide",
            "taunt",
            "implore",
            "chastise",
            "sneer",
            "laugh",
            "holler",
            "cry",
            "mouth",
            "post",
            "blurt",
            "caution",
            "acknowledge");

    /** Irregular verbs: lemma, third person, past, participle in -ing (a past participle such as "written" is passive). */
    private static final List<List<String>> IRREGULAR = List.of(
            List.of("say", "says", "said", "saying", "said"),
            List.of("tell", "tells", "told", "telling", "told"),
            List.of("write", "writes", "wrote", "writing"),
            List.of("speak", "speaks", "spoke", "speaking"),
            List.of("swear", "swears", "swore", "swearing"),
            List.of("forecast", "forecasts", "forecast", "forecasting", "forecast"),
            List.of("beg", "begs", "begged", "begging", "begged"),
            List.of("brag", "brags", "bragged", "bragging", "bragged"),
            List.of("quip", "quips", "quipped", "quipping", "quipped"),
            List.of("snap", "snaps", "snapped", "snapping", "snapped"),
            List.of("admit", "admits", "admitted", "admitting", "admitted"),
            List.of("rebut", "rebuts", "rebutted", "rebutting", "rebutted"),
            List.of("concur", "concurs", "concurred", "concurring", "concurred"),
            List.of("slam", "slams", "slammed", "slamming", "slammed"),
            List.of("put", "puts", "put", "putting", "put"));

    /** Phrases that act as one cue. */
    static final List<String> PHRASES = List.of(
            "according to",
            "went on",
            "goes on",
            "go on",
            "talked about",
            "referred to",
            "refers to",
            "pointed out",
            "points out",
            "point out",
            "pointing out",
            "put it",
            "puts it",
            "summed up",
            "sums up",
            "shot back",
            "shoots back",
            "fired back",
            "fires back",
            "hit back",
            "hits back");

    /** Verbs whose base and -s forms are common nouns too. */
    private static final Set<String> NOUN_LIKE = Set.of(
            "post",
            "mouth",
            "cry",
            "laugh",
            "chant",
            "lecture",
            "beam",
            "bark",
            "answer",
            "call",
            "charge",
            "claim",
            "comment",
            "demand",
            "estimate",
            "forecast",
            "hint",
            "joke",
            "note",
            "pledge",
            "point",
            "praise",
            "promise",
            "question",
            "remark",
            "reply",
            "report",
            "response",
            "shout",
            "sigh",
            "state",
            "stress",
            "tweet",
            "vow",
            "warn",
            "whisper",
            "wonder",
            "yell",
            "echo",
            "email",
            "quote",
            "signal",
            "snap",
            "counter",
            "rant",
            "plead",
            "put",
            "blast",
            "slam",
            "lash",
            "rail",
            "cheer",
            "quip",
            "boast",
            "mock",
            "muse",
            "reason",
            "scream",
            "thunder",
            "concede");

    private static final Set<String> FORMS;
    private static final Set<String> NOUN_FORMS;

    static {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> nounForms = new HashSet<>();
        for (String lemma : REGULAR) {
            List<String> inflected = inflect(lemma);
            forms.addAll(inflected);
            if (NOUN_LIKE.contains(lemma)) {
                nounForms.add(inflected.get(0));
                nounForms.add(inflected.get(1));
            }
        }
        for (List<String> verb : IRREGULAR) {
            forms.addAll(verb);
            if (NOUN_LIKE.contains(verb.get(0))) {
                nounForms.add(verb.get(0));
                nounForms.add(verb.get(1));
            }
        }
        forms.remove("point");
        forms.remove("points");
        forms.remove("pointed");
        forms.remove("pointing");
        forms.remove("put");
        forms.remove("put");
        forms.remove("puts");
        forms.remove("putting");
        forms.addAll(PHRASES);
        FORMS = Set.copyOf(forms);
        NOUN_FORMS = Set.copyOf(nounForms);
    }

    private CueVocabulary() {}

    static Set<String> all() {
        return FORMS;
    }

    /** Whether a cue as written could be a noun ("the claims", "his remarks"), so needs a subject to count. */
    static boolean couldBeNoun(String cue) {
        return NOUN_FORMS.contains(cue.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a cue is a participle in -ing ("saying", "adding"), whose subject is its clause's. */
    static boolean isParticiple(String cue) {
        String lower = cue.toLowerCase(java.util.Locale.ROOT);
        int space = lower.indexOf(' ');
        return (space < 0 ? lower : lower.substring(0, space)).endsWith("ing");
    }

    /** Base, third person, past, -ing: the forms of a regular verb. */
    static List<String> inflect(String lemma) {
        String third;
        String past;
        String ing;
        char last = lemma.charAt(lemma.length() - 1);
        char beforeLast = lemma.length() > 1 ? lemma.charAt(lemma.length() - 2) : ' ';
        boolean vowelBefore = "aeiou".indexOf(beforeLast) >= 0;
        if (lemma.endsWith("s")
                || lemma.endsWith("sh")
                || lemma.endsWith("ch")
                || lemma.endsWith("x")
                || lemma.endsWith("o")) {
            third = lemma + "es";
        } else if (last == 'y' && !vowelBefore) {
            third = lemma.substring(0, lemma.length() - 1) + "ies";
        } else {
            third = lemma + "s";
        }
        if (last == 'e') {
            past = lemma + "d";
            ing = lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (last == 'y' && !vowelBefore) {
            past = lemma.substring(0, lemma.length() - 1) + "ied";
            ing = lemma + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        return List.of(lemma, third, past, ing);
    }
}
