package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the reporting cues outside quotation marks, each with its subject, in reading order. */
final class CueFinder {

    private static final CueWords CUES = new CueWords(CueVocabulary.all());
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s,;:—–-]*");
    private static final Pattern BACKGROUNDED = Pattern.compile("(?i)(?<![\\p{L}])had\\s+(?:\\p{L}+\\s+)?$");
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "He", "She", "They");
    /** The verb right after a subject, past an aside set off by commas: "Lund, the skipper, dismissed". */
    private static final Pattern PREDICATE =
            Pattern.compile("(?:\\s*,[^,.;:!?“”\"]{1,80},)?\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}[\\p{Ll}'’-]*)\\b");

    private static final Pattern COORDINATION = Pattern.compile("(?i)(?<![\\p{L}])(?:and|but|then|before|or)\\s*$");

    private CueFinder() {}

    static List<Cue> in(String text, Sentences sentences, List<Paragraph> paragraphs, List<QuotedSpan> spans) {
        List<Cue> cues = new ArrayList<>();
        int nextSpan = 0;
        for (Paragraph paragraph : paragraphs) {
            Cue roundup = SubjectFinder.roundupLine(text, paragraph.start(), paragraph.end(), paragraph.index());
            if (roundup != null) {
                cues.add(roundup);
            }
            List<CueWords.Match> matches = CUES.in(text, paragraph.start(), paragraph.end());
            for (int m = 0; m < matches.size(); m++) {
                CueWords.Match match = matches.get(m);
                while (nextSpan < spans.size() && spans.get(nextSpan).after() <= match.start()) {
                    nextSpan++;
                }
                if (nextSpan < spans.size() && spans.get(nextSpan).contains(match.start())) {
                    continue;
                }
                int floor = paragraph.start();
                if (nextSpan > 0 && spans.get(nextSpan - 1).after() > floor) {
                    floor = spans.get(nextSpan - 1).after();
                }
                int ceiling = paragraph.end();
                if (nextSpan < spans.size() && spans.get(nextSpan).open() < ceiling) {
                    ceiling = spans.get(nextSpan).open();
                }
                if (m + 1 < matches.size()) {
                    ceiling = Math.min(ceiling, matches.get(m + 1).start());
                }
                // Each cue searches only back to the cue before it, so cues close together cost no more than
                // cues far apart: the subject of a cue is never written before an earlier cue in its sentence.
                CueWords.Match previous = m > 0 ? matches.get(m - 1) : null;
                int sentenceStart = sentences.startBefore(
                        match.start(), previous == null ? floor : Math.max(floor, previous.start()));
                if (Character.isUpperCase(text.charAt(match.start())) && !opensSentence(text, match.start(), floor)) {
                    // "the United States", "the Washington Post": a capitalised cue word inside a sentence is a name.
                    continue;
                }
                int clauseStart = previous == null ? sentenceStart : Math.max(sentenceStart, previous.end());
                boolean participle = CueVocabulary.isParticiple(match.text());
                if (SubjectFinder.isNegated(text, clauseStart, match.start(), participle)) {
                    continue;
                }
                boolean coordinated = COORDINATION
                        .matcher(text.subSequence(clauseStart, match.start()))
                        .find();
                // "Falk toured the site and said …": the words before "and" are not its subject.
                Mention subject = null;
                if (participle && !coordinated && !startsClause(text, clauseStart, match.start())) {
                    // "Albright urged women to vote for Clinton, saying …": a participle's subject is the subject of
                    // its sentence (or of the cue before it), not the name that ends the clause before the comma.
                    if (!cues.isEmpty()) {
                        subject = sharedSubject(text, cues.get(cues.size() - 1), sentenceStart, match.start(), true);
                    }
                    if (subject == null) {
                        subject = SubjectFinder.clauseSubject(
                                text, sentences.startBefore(match.start(), paragraph.start()), match.start());
                    }
                }
                if (subject == null && !coordinated) {
                    subject = subject(text, sentences, match.text(), clauseStart, match.start(), match.end(), ceiling);
                }
                if (subject == null && !cues.isEmpty()) {
                    subject = sharedSubject(text, cues.get(cues.size() - 1), sentenceStart, match.start(), participle);
                }
                if (subject == null && !startsClause(text, clauseStart, match.start())) {
                    // "The mayor defended the plan, saying …", "Falk toured the site and said …", "Clinton, who
                    // called Sanders, told …": the subject of the sentence's main clause.
                    // The sentence may hold an earlier quotation: its subject is still the one at its start.
                    subject = SubjectFinder.clauseSubject(
                            text, sentences.startBefore(match.start(), paragraph.start()), match.start());
                }
                if (subject == null
                        && CueVocabulary.couldBeNoun(match.text())
                        && !opensSpeech(text, match.end(), ceiling)) {
                    continue;
                }
                boolean backgrounded = BACKGROUNDED
                        .matcher(text.subSequence(clauseStart, match.start()))
                        .find();
                cues.add(new Cue(match.start(), match.end(), match.text(), paragraph.index(), subject, backgrounded));
            }
        }
        return withPredicates(text, sentences, paragraphs, spans, cues);
    }

    /**
     * "Lund dismissed the plan as “a fig leaf”": a sentence with a quotation, no reporting verb and a person for its
     * subject (a name, or he, she or they) gets the verb after that subject as a weak cue, so that the quoted
     * fragment in its predicate is attributed to its subject. One pass over the spans, a binary search each.
     */
    private static List<Cue> withPredicates(
            String text, Sentences sentences, List<Paragraph> paragraphs, List<QuotedSpan> spans, List<Cue> cues) {
        List<Cue> predicates = new ArrayList<>();
        int lastSentence = -1;
        for (QuotedSpan span : spans) {
            Paragraph paragraph = paragraphs.get(span.firstParagraph());
            int sentenceStart = sentences.startBefore(span.open(), paragraph.start());
            if (sentenceStart == lastSentence) {
                continue;
            }
            int sentenceEnd = sentences.endAfter(
                    span.after(), paragraphs.get(span.lastParagraph()).end());
            int next = firstAtOrAfter(cues, sentenceStart);
            if (next < cues.size() && cues.get(next).start() < sentenceEnd || isHeadline(text, paragraph)) {
                continue;
            }
            Mention subject = SubjectFinder.clauseSubject(text, sentenceStart, span.open());
            if (subject == null
                    || !(subject.kind() == Mention.Kind.NAME
                            || subject.kind() == Mention.Kind.PRONOUN && PERSONAL.contains(subject.text()))) {
                continue;
            }
            Matcher verb = PREDICATE.matcher(text).region(subject.end(), span.open());
            if (!verb.lookingAt()) {
                continue;
            }
            lastSentence = sentenceStart;
            predicates.add(new Cue(verb.start(1), verb.end(1), verb.group(1), paragraph.index(), subject, false, true));
        }
        if (predicates.isEmpty()) {
            return cues;
        }
        List<Cue> merged = new ArrayList<>(cues.size() + predicates.size());
        int p = 0;
        for (Cue cue : cues) {
            while (p < predicates.size() && predicates.get(p).start() < cue.start()) {
                merged.add(predicates.get(p++));
            }
            merged.add(cue);
        }
        while (p < predicates.size()) {
            merged.add(predicates.get(p++));
        }
        return merged;
    }

    /** A paragraph with no closing punctuation is a headline or a caption, not a sentence. */
    private static boolean isHeadline(String text, Paragraph paragraph) {
        int end = paragraph.end();
        while (end > paragraph.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > paragraph.start() && ".!?\"”’…)".indexOf(text.charAt(end - 1)) < 0;
    }

    private static int firstAtOrAfter(List<Cue> cues, int position) {
        int low = 0;
        int high = cues.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cues.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** "Aho said the plan was late and called it “a fig leaf”": the second cue shares the first one's subject. */
    private static Mention sharedSubject(
            String text, Cue previous, int sentenceStart, int cueStart, boolean participle) {
        boolean sameSentence = previous.start() >= sentenceStart;
        return sameSentence
                        && previous.subject() != null
                        && (participle
                                || COORDINATION
                                        .matcher(text.subSequence(previous.end(), cueStart))
                                        .find())
                ? previous.subject()
                : null;
    }

    /** Whether a word opens its sentence, or follows a quotation or a colon there ("“…” Said Doe" is rare). */
    private static boolean opensSentence(String text, int wordStart, int floor) {
        int i = wordStart;
        while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i <= floor || ".!?:”\"—(".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Whether nothing but punctuation stands between the clause start and the cue ("“…,” said Doe"). */
    private static boolean startsClause(String text, int clauseStart, int cueStart) {
        return ONLY_PUNCTUATION.matcher(text.subSequence(clauseStart, cueStart)).matches();
    }

    /** "claims that …", "notes: …": a word that could be a noun opens reported speech right after it. */
    private static boolean opensSpeech(String text, int cueEnd, int ceiling) {
        int i = cueEnd;
        while (i < ceiling && i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < ceiling && i < text.length() && (text.charAt(i) == ':' || text.startsWith("that ", i));
    }

    private static Mention subject(
            String text, Sentences sentences, String cue, int clauseStart, int cueStart, int cueEnd, int ceiling) {
        if (cue.regionMatches(true, 0, "according", 0, 9)) {
            return SubjectFinder.after(text, cueEnd, sentences.endAfter(cueEnd, ceiling));
        }
        Mention before = SubjectFinder.before(text, clauseStart, cueStart);
        if (before != null) {
            return before;
        }
        boolean nothingBefore = ONLY_PUNCTUATION
                .matcher(text.subSequence(clauseStart, cueStart))
                .matches();
        return nothingBefore ? SubjectFinder.after(text, cueEnd, sentences.endAfter(cueEnd, ceiling)) : null;
    }
}
