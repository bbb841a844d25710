package io.lede.article;

/**
 * Fired inside the transaction of every staff write to an article, after it is flushed (or, when {@code deleting},
 * just before the row goes), so what follows public content (the change feed) records it in the same transaction.
 *
 * @param corrected the write added a public correction
 * @param deleting the article is about to be deleted; {@code slug} is its last slug
 */
public record ArticleChanged(long articleId, String slug, boolean corrected, boolean deleting) {}
