package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    public List<ExtractedQuote> extract(String plainText) {
        List<Paragraph> paragraphs = Paragraphs.of(plainText);
        List<QuotedSpan> spans = QuotationMarks.in(plainText, paragraphs);
        List<Cue> cues = CueFinder.in(plainText, paragraphs, spans);
        if (cues.isEmpty() && spans.isEmpty()) {
            return List.of();
        }
        List<Person> speakers = Cast.of(plainText, cues).speakersOf(cues);
        Attribution[] attributions = new QuoteClassifier(plainText, paragraphs, spans, cues).classify();
        CodePointIndex codePoints = new CodePointIndex(plainText);

        List<ExtractedQuote> quotes = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Attribution attribution = attributions[i];
            if (attribution == null) {
                continue;
            }
            QuotedSpan span = spans.get(i);
            Cue cue = attribution.floating() ? previousSpokenCue(cues, speakers, span.open()) : attribution.cue();
            Person speaker = cue == null ? null : speakers.get(cues.indexOf(cue));
            Mention mention = speaker == null ? null : cue.subject();
            quotes.add(new ExtractedQuote(
                    span.text(plainText),
                    codePoints.at(span.start()),
                    codePoints.at(span.end()),
                    span.firstParagraph(),
                    attribution.floating() ? null : attribution.cue().text(),
                    attribution.kind(),
                    speaker == null ? null : speaker.asSpeaker(),
                    mention(mention, codePoints),
                    confidence(attribution, mention)));
        }
        for (IndirectSpeech.Clause clause : IndirectSpeech.in(plainText, paragraphs, spans, cues, speakers)) {
            Cue cue = cues.get(clause.cueIndex());
            quotes.add(new ExtractedQuote(
                    plainText.substring(clause.start(), clause.end()),
                    codePoints.at(clause.start()),
                    codePoints.at(clause.end()),
                    cue.paragraph(),
                    cue.text(),
                    QuoteKind.INDIRECT,
                    speakers.get(clause.cueIndex()).asSpeaker(),
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

    /** The last cue before {@code position} whose speaker is known. */
    private static Cue previousSpokenCue(List<Cue> cues, List<Person> speakers, int position) {
        Cue found = null;
        for (int i = 0; i < cues.size() && cues.get(i).start() < position; i++) {
            if (speakers.get(i) != null) {
                found = cues.get(i);
            }
        }
        return found;
    }

    private static double confidence(Attribution attribution, Mention mention) {
        double quotation = attribution.kind() == QuoteKind.DIRECT ? 0.95 : 0.85;
        if (mention == null) {
            return quotation * 0.4;
        }
        if (attribution.floating()) {
            return quotation * 0.75;
        }
        return quotation * (mention.kind() == Mention.Kind.NAME ? 1.0 : 0.9);
    }
}
