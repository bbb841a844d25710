package io.lede.syndication.excerpt;

/**
 * How much of an article an excerpt may hold. A null limit is no limit. Characters are Unicode code points of the
 * paragraphs' text (the blank lines between paragraphs are not counted); words are runs of non-space characters.
 *
 * @param cutAtSentence end at a sentence's end; when not even the first sentence fits, the cutter falls back to a
 *     word's end and marks the cut with an ellipsis rather than answer nothing
 * @param stopBeforeQuotation end before the first quotation: the policy does not let quotations be syndicated
 */
public record ExcerptLimits(
        Integer maxCharacters,
        Integer maxWords,
        Integer maxParagraphs,
        boolean cutAtSentence,
        boolean stopBeforeQuotation) {

    public static final ExcerptLimits NONE = new ExcerptLimits(null, null, null, true, false);
}
