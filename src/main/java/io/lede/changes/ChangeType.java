package io.lede.changes;

import java.util.List;

/** The kinds of change the feed and webhooks announce. */
public final class ChangeType {

    public static final String ARTICLE_PUBLISHED = "article.published";
    public static final String ARTICLE_UPDATED = "article.updated";
    public static final String ARTICLE_CORRECTED = "article.corrected";
    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";
    public static final String ARTICLE_DELETED = "article.deleted";
    public static final String QUOTE_CONFIRMED = "quote.confirmed";
    public static final String QUOTE_UPDATED = "quote.updated";
    public static final String QUOTE_REMOVED = "quote.removed";

    public static final List<String> ALL = List.of(
            ARTICLE_PUBLISHED,
            ARTICLE_UPDATED,
            ARTICLE_CORRECTED,
            ARTICLE_UNPUBLISHED,
            ARTICLE_DELETED,
            QUOTE_CONFIRMED,
            QUOTE_UPDATED,
            QUOTE_REMOVED);

    public static final String PATTERN = "^(article\\.(published|updated|corrected|unpublished|deleted)"
            + "|quote\\.(confirmed|updated|removed)|article\\.\\*|quote\\.\\*|\\*)$";

    static final String ARTICLE = "article";
    static final String QUOTE = "quote";

    private ChangeType() {}
}
