package io.lede.article;

/** An article body rendered from Markdown: safe HTML, plain text with paragraphs split by blank lines, and stats. */
public record RenderedBody(String html, String text, String excerpt, int wordCount, int readingMinutes) {}
