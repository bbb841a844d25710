package io.lede.quote.extraction;

/** A paragraph of the article text, by UTF-16 index: start inclusive, end exclusive, whitespace trimmed. */
record Paragraph(int index, int start, int end) {}
