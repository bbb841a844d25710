package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the reporting cues outside quotation marks, each with its subject, in reading order. */
final class CueFinder {

    private static final Pattern CUE =
            Pattern.compile("(?i)(?<![\\p{L}\\p{M}-])(?:" + Lexicon.CUE_WORDS + ")(?![\\p{L}\\p{M}-])");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s,;:—–-]*");
    private static final Pattern BACKGROUNDED = Pattern.compile("(?i)(?<![\\p{L}])had\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern COORDINATION = Pattern.compile("(?i)(?<![\\p{L}])(?:and|but|then|before|or)\\s*$");

    private CueFinder() {}

    static List<Cue> in(String text, List<Paragraph> paragraphs, List<QuotedSpan> spans) {
        List<Cue> cues = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        int nextSpan = 0;
        for (Paragraph paragraph : paragraphs) {
            cue.region(paragraph.start(), paragraph.end());
            while (cue.find()) {
                while (nextSpan < spans.size() && spans.get(nextSpan).after() <= cue.start()) {
                    nextSpan++;
                }
                if (nextSpan < spans.size() && spans.get(nextSpan).contains(cue.start())) {
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
                int clauseStart = Sentences.startBefore(text, cue.start(), floor);
                if (SubjectFinder.isNegated(text, clauseStart, cue.start())) {
                    continue;
                }
                Mention subject = subject(text, cue.group(), clauseStart, cue.start(), cue.end(), ceiling);
                if (subject == null && !cues.isEmpty()) {
                    subject = sharedSubject(text, cues.get(cues.size() - 1), clauseStart, cue.start());
                }
                boolean backgrounded = BACKGROUNDED
                        .matcher(text.subSequence(clauseStart, cue.start()))
                        .find();
                cues.add(new Cue(cue.start(), cue.end(), cue.group(), paragraph.index(), subject, backgrounded));
            }
        }
        return cues;
    }

    /** "Aho said the plan was late and called it “a fig leaf”": the second cue shares the first one's subject. */
    private static Mention sharedSubject(String text, Cue previous, int clauseStart, int cueStart) {
        boolean sameSentence = previous.start() >= clauseStart;
        return sameSentence
                        && previous.subject() != null
                        && COORDINATION
                                .matcher(text.subSequence(previous.end(), cueStart))
                                .find()
                ? previous.subject()
                : null;
    }

    private static Mention subject(String text, String cue, int clauseStart, int cueStart, int cueEnd, int ceiling) {
        int sentenceEnd = Sentences.endAfter(text, cueEnd, ceiling);
        if (cue.regionMatches(true, 0, "according", 0, 9)) {
            return SubjectFinder.after(text, cueEnd, sentenceEnd);
        }
        Mention before = SubjectFinder.before(text, clauseStart, cueStart);
        if (before != null) {
            return before;
        }
        boolean nothingBefore = ONLY_PUNCTUATION
                .matcher(text.subSequence(clauseStart, cueStart))
                .matches();
        return nothingBefore ? SubjectFinder.after(text, cueEnd, sentenceEnd) : null;
    }
}
