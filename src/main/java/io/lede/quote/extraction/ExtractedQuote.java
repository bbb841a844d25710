package io.lede.quote.extraction;

/**
 * One quotation found in an article's plain text.
 *
 * @param text the quoted words without their quotation marks; a quotation continued across paragraphs keeps the
 *     paragraph break and drops the reopening mark
 * @param start offset of the first quoted code point in the article text (Unicode code points, not UTF-16 units)
 * @param end offset after the last quoted code point (exclusive)
 * @param paragraph index of the paragraph the quotation starts in, from 0
 * @param cue the reporting verb or phrase as written ("said", "told", "according to"); null for a quotation that
 *     follows on from an earlier attribution with no cue of its own
 * @param speaker who said it; null when no speaker could be found
 * @param mention the words that named the speaker: for a quotation with no cue of its own, the mention of the
 *     attribution it inherits; null when speaker is null
 * @param confidence how sure the extractor is of the quotation and its speaker, 0 to 1
 */
public record ExtractedQuote(
        String text,
        int start,
        int end,
        int paragraph,
        String cue,
        QuoteKind kind,
        Speaker speaker,
        SpeakerMention mention,
        double confidence) {}
