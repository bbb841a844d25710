package io.lede.quote.extraction;

/**
 * The words that named the speaker for one quotation ("Berg", "he", "the harbour master").
 *
 * @param start offset of the first code point in the article text
 * @param end offset after the last code point (exclusive)
 */
public record SpeakerMention(String text, int start, int end) {}
