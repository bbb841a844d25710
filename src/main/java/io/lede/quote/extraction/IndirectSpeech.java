package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech in its explicit form only: a cue with a known speaker, then "that" and a clause ("Olsen added that
 * many families travel daily", "Vik told reporters that the ferry was safe"), in a sentence with no quotation marks.
 * "X said the ferry was late", without "that", is left out: too often it is not a report of speech at all.
 */
final class IndirectSpeech {

    private static final Pattern THAT_CLAUSE = Pattern.compile("^\\s+(?:[\\p{L}’'-]+\\s+){0,3}?that\\s+(?=\\S)");
    // "Aaberg said that was not enough": here "that" is the reported clause's subject, so it stays in the clause.
    private static final Pattern THAT_AS_SUBJECT = Pattern.compile("(?:was|is|were|are|would|will|could|can|had|has"
            + "|did|does|should|might|may|must|seemed|seems|sounded|sounds)\\b");
    private static final String[] NOT_REPORTS = {"according to", "called", "calls", "described", "describes"};

    private IndirectSpeech() {}

    record Clause(int cueIndex, int start, int end) {}

    static List<Clause> in(
            String text,
            Sentences sentences,
            List<Paragraph> paragraphs,
            List<QuotedSpan> spans,
            List<Cue> cues,
            List<Person> speakers) {
        List<Clause> clauses = new ArrayList<>();
        Matcher that = THAT_CLAUSE.matcher(text);
        that.useAnchoringBounds(true);
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (speakers.get(i) == null || isNotAReport(cue.text())) {
                continue;
            }
            Paragraph paragraph = paragraphs.get(cue.paragraph());
            int sentenceEnd = sentences.endAfter(cue.end(), paragraph.end());
            that.region(cue.end(), sentenceEnd);
            if (!that.lookingAt()) {
                continue;
            }
            int sentenceStart = sentences.startBefore(cue.start(), paragraph.start());
            if (hasQuotationMarks(spans, sentenceStart, sentenceEnd)) {
                continue;
            }
            int clauseStart = that.end();
            if (THAT_AS_SUBJECT.matcher(text).region(clauseStart, sentenceEnd).lookingAt()) {
                clauseStart = text.lastIndexOf("that", clauseStart);
            }
            int end = sentenceEnd;
            while (end > clauseStart && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > clauseStart) {
                clauses.add(new Clause(i, clauseStart, end));
            }
        }
        return clauses;
    }

    private static boolean isNotAReport(String cue) {
        for (String word : NOT_REPORTS) {
            if (word.equalsIgnoreCase(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span overlaps [start, end), by binary search over the spans (they are in order and disjoint). */
    private static boolean hasQuotationMarks(List<QuotedSpan> spans, int start, int end) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).after() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < spans.size() && spans.get(low).open() < end;
    }
}
