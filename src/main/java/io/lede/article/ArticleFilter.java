package io.lede.article;

import java.time.Instant;

/** Narrows the public article list; every part is optional. */
public record ArticleFilter(String tag, String author, Instant since, Instant until) {}
