package io.lede.quote;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.lede.quote.extraction.ExtractedQuote;
import io.lede.quote.extraction.Speaker;
import io.lede.quote.extraction.SpeakerMention;
import io.lede.web.HtmlSafeJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies for quotations. */
public final class QuoteViews {

    private QuoteViews() {}

    @Schema(
            name = "QuoteSpeaker",
            description = "Who said it: the linked person and their role as the article gives it")
    public record SpeakerRef(
            @Schema(nullable = true, description = "The person's slug; null when no speaker was found")
            String slug,

            @Schema(nullable = true) String name,
            @Schema(nullable = true) String role,
            @Schema(nullable = true) String affiliation,

            @Schema(
                    nullable = true,
                    enumeration = {"person", "organisation", "description", "document"},
                    description = "What kind of source spoke: a person, an organisation (the council), a description"
                            + " the article never resolves to a name (a spokesman for the ministry) or a document"
                            + " (the audit); null where not known")
            String kind) {}

    @Schema(name = "QuoteMention", description = "The words that named the speaker, as code-point offsets")
    public record MentionRef(String text, int start, int end) {}

    @Schema(name = "QuoteArticle", description = "The article a quotation is in")
    public record ArticleRef(
            long id,
            String slug,
            String title,
            @Schema(nullable = true) Instant publishedAt,
            String url) {}

    @Schema(name = "Citation", description = "A ready-made citation: the words, the speaker, the article, a link")
    public record Citation(String text, String html) {}

    @Schema(name = "Quote", description = "A quotation, who said it, and where")
    public record QuoteView(
            long id,
            String text,

            @Schema(enumeration = {"direct", "mixed", "indirect"})
            String kind,

            @Schema(
                    nullable = true,
                    description = "The reporting verb or phrase; null for a quotation with no cue of its own")
            String cue,

            @Schema(description = "Index of the paragraph it starts in, from 0")
            int paragraph,

            @Schema(description = "Offset into the article's plain text in Unicode code points")
            int start,

            @Schema(description = "End offset, exclusive") int end,
            SpeakerRef speaker,
            @Schema(nullable = true) MentionRef mention,
            double confidence,
            ArticleRef article,
            Citation citation,

            @Schema(
                    description = "schema.org Quotation; <, > and & are written as unicode escapes so it can be"
                            + " embedded in a page's script element as it is")
            @JsonSerialize(using = HtmlSafeJson.class)
            Map<String, Object> jsonLd) {}

    @Schema(name = "StaffQuote", description = "A quotation with what editors decided about it")
    public record StaffQuoteView(
            long id,
            String text,

            @Schema(enumeration = {"direct", "mixed", "indirect"})
            String kind,

            @Schema(nullable = true) String cue,
            int paragraph,
            int start,
            int end,
            SpeakerRef speaker,
            @Schema(nullable = true) MentionRef mention,
            double confidence,
            QuoteStatus status,
            QuoteOrigin origin,
            @Schema(nullable = true) String reviewedBy,
            @Schema(nullable = true) Instant reviewedAt,
            ArticleRef article,
            long version) {}

    @Schema(name = "ExtractedQuote", description = "A quotation the extractor found; nothing is stored")
    public record ExtractedQuoteView(
            String text,

            @Schema(enumeration = {"direct", "mixed", "indirect"})
            String kind,

            @Schema(nullable = true) String cue,
            int paragraph,
            int start,
            int end,
            @Schema(nullable = true) SpeakerRef speaker,
            @Schema(nullable = true) MentionRef mention,
            double confidence) {

        static ExtractedQuoteView of(ExtractedQuote quote) {
            Speaker speaker = quote.speaker();
            SpeakerMention mention = quote.mention();
            return new ExtractedQuoteView(
                    quote.text(),
                    quote.kind().name().toLowerCase(java.util.Locale.ROOT),
                    quote.cue(),
                    quote.paragraph(),
                    quote.start(),
                    quote.end(),
                    speaker == null
                            ? null
                            : new SpeakerRef(
                                    null,
                                    speaker.name(),
                                    speaker.role(),
                                    speaker.affiliation(),
                                    speaker.kind().apiName()),
                    mention == null ? null : new MentionRef(mention.text(), mention.start(), mention.end()),
                    quote.confidence());
        }
    }

    @Schema(name = "Extraction", description = "Every quotation the extractor found in the text, in reading order")
    public record Extraction(List<ExtractedQuoteView> items) {}

    @Schema(name = "StaffQuoteList")
    public record StaffQuoteList(List<StaffQuoteView> items) {}

    @Schema(name = "Reextraction", description = "What a re-extraction did, and the article's quotations now")
    public record Reextraction(ExtractionReport report, List<StaffQuoteView> items) {}

    @Schema(name = "ExtractionReport", description = "What a re-extraction did to an article's quotations")
    public record ExtractionReport(
            @Schema(description = "New suggestions from the extractor")
            int added,

            @Schema(description = "Editors' quotations kept, re-anchored to the current text")
            int kept,

            @Schema(description = "Earlier suggestions nobody had reviewed, replaced")
            int replaced,

            @Schema(description = "Editors' quotations whose words are no longer in the article")
            int dropped) {}
}
