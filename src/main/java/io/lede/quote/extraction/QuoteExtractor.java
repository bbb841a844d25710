package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the quotations in an article's plain text (paragraphs separated by blank lines) and who said them.
 *
 * <p>Direct quotations, quoted fragments in reported speech (mixed) and quotations continued over paragraphs are
 * found; scare quotes, nicknames and titles in quotation marks are not quotations. A quotation split around its cue
 * (“…,” she said, “…”) comes out as two quotations with the same cue and speaker. A quotation with no cue of its own
 * goes to the speaker of the nearest cue before it. Reported speech without quotation marks comes out as INDIRECT,
 * with low confidence, only in its explicit "X said that …" form.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    private static final double INDIRECT_CONFIDENCE = 0.5;
    private static final double INHERITED = 0.75;
    /** A quoted fragment in a person's predicate with no reporting verb is weaker evidence of speech. */
    private static final double PREDICATE = 0.8;

    public List<ExtractedQuote> extract(String text) {
        // A no-break space ("Falk\u00a0said") is a space to every rule here; it has the same length, so offsets hold.
        String plainText = text.replace('\u00a0', ' ');
        List<Paragraph> paragraphs = Paragraphs.of(plainText);
        List<QuotedSpan> spans = QuotationMarks.in(plainText, paragraphs);
        Sentences sentences = Sentences.of(plainText);
        List<Cue> cues = CueFinder.in(plainText, sentences, paragraphs, spans);
        if (cues.isEmpty() && spans.isEmpty()) {
            return List.of();
        }
        Cast cast = Cast.of(plainText, sentences, cues);
        List<Person> speakers = cast.speakersOf(cues);
        Attribution[] attributions = new QuoteClassifier(plainText, sentences, paragraphs, spans, cues).classify();
        CodePointIndex codePoints = new CodePointIndex(plainText);

        Map<Cue, Integer> cueIndex = new IdentityHashMap<>(cues.size() * 2);
        for (int i = 0; i < cues.size(); i++) {
            cueIndex.put(cues.get(i), i);
        }
        List<ExtractedQuote> quotes = new ArrayList<>(spans.size());
        int nextCue = 0;
        Cue lastSpoken = null;
        Cue previousCue = null;
        for (int i = 0; i < spans.size(); i++) {
            Attribution attribution = attributions[i];
            if (attribution == null) {
                continue;
            }
            QuotedSpan span = spans.get(i);
            // Spans come in reading order, so the last cue with a known speaker before each one is found in one pass.
            for (; nextCue < cues.size() && cues.get(nextCue).start() < span.open(); nextCue++) {
                if (speakers.get(nextCue) != null) {
                    lastSpoken = cues.get(nextCue);
                }
            }
            Cue cue = attribution.floating() ? lastSpoken : attribution.cue();
            // “…,” said Doe. “…”: the second quotation goes on from the first, as sure of its speaker.
            boolean continues = attribution.floating()
                    && cue != null
                    && cue == previousCue
                    && cue.paragraph() == span.firstParagraph();
            previousCue = cue;
            Person speaker = cue == null ? null : speakers.get(cueIndex.get(cue));
            Mention mention = speaker == null ? null : cue.subject();
            boolean inherited = false;
            if (speaker == null && cue != null && lastSpoken != null && cue.subject() == null) {
                // "Adding, “…”": a cue with no subject of its own goes on from the speaker before it.
                speaker = speakers.get(cueIndex.get(lastSpoken));
                mention = lastSpoken.subject();
                inherited = true;
            }
            quotes.add(new ExtractedQuote(
                    span.text(plainText),
                    codePoints.at(span.start()),
                    codePoints.at(span.end()),
                    span.firstParagraph(),
                    attribution.floating() ? null : attribution.cue().text(),
                    attribution.kind(),
                    speaker == null ? null : cast.speaker(speaker),
                    mention(mention, codePoints),
                    confidence(attribution, mention, continues)
                            * (inherited ? INHERITED : 1)
                            * (cue != null && cue.predicate() ? PREDICATE : 1)));
        }
        for (IndirectSpeech.Clause clause :
                IndirectSpeech.in(plainText, sentences, paragraphs, spans, cues, speakers)) {
            Cue cue = cues.get(clause.cueIndex());
            quotes.add(new ExtractedQuote(
                    plainText.substring(clause.start(), clause.end()),
                    codePoints.at(clause.start()),
                    codePoints.at(clause.end()),
                    cue.paragraph(),
                    cue.text(),
                    QuoteKind.INDIRECT,
                    cast.speaker(speakers.get(clause.cueIndex())),
                    mention(cue.subject(), codePoints),
                    INDIRECT_CONFIDENCE));
        }
        quotes.sort(Comparator.comparingInt(ExtractedQuote::start));
        return quotes;
    }

    private static SpeakerMention mention(Mention mention, CodePointIndex codePoints) {
        return mention == null
                ? null
                : new SpeakerMention(mention.text(), codePoints.at(mention.start()), codePoints.at(mention.end()));
    }

    private static double confidence(Attribution attribution, Mention mention, boolean continues) {
        double quotation = attribution.kind() == QuoteKind.DIRECT ? 0.95 : 0.85;
        if (mention == null) {
            return quotation * 0.4;
        }
        if (attribution.floating() && !continues) {
            return quotation * 0.75;
        }
        // Calibrated on PolNeAR train (README, "Quote attribution"): a direct quotation with its own cue is as often
        // right whether a name, a pronoun or a description names its speaker; a mixed fragment less so without a name.
        return quotation * (mention.kind() == Mention.Kind.NAME || attribution.kind() == QuoteKind.DIRECT ? 1.0 : 0.9);
    }
}
