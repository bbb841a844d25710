package io.lede.article;

/** Fired inside the transaction that created an article or changed its body, so what points into the text follows. */
public record ArticleBodyChanged(long articleId) {}
