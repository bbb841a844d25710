package io.lede.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations in an article's plain text (paragraphs separated by blank lines) and who said them.
 *
 * <p>Direct quotations, quoted fragments in reported speech (mixed) and quotations continued over paragraphs are
 * found; scare quotes, nicknames and titles in quotation marks are not quotations. A quotation split around its cue
 * (“…,” she said, “…”) comes out as two quotations with the same cue and speaker. A quotation with no cue of its own
 * goes to the speaker of the nearest cue before it. Reported speech without quotation marks is not extracted.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    public List<ExtractedQuote> extract(String plainText) {
        List<Paragraph> paragraphs = Paragraphs.of(plainText);
        List<QuotedSpan> spans = QuotationMarks.in(plainText, paragraphs);
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Cue> cues = CueFinder.in(plainText, paragraphs, spans);
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
                    mention == null
                            ? null
                            : new SpeakerMention(
                                    mention.text(), codePoints.at(mention.start()), codePoints.at(mention.end())),
                    confidence(attribution, mention)));
        }
        return quotes;
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
