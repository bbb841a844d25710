package io.lede.article;

/**
 * When an article is public: the one statement of the rule for queries, beside its Java form
 * {@link ArticleStatus#at}. A published article is public, and so is a scheduled one whose time has come, with no
 * job having to flip it. Every fragment compares with the parameter {@link #NOW}, the instant the answer is for.
 */
public final class ArticleVisibility {

    /** The name of the parameter the fragments compare the publication time with. */
    public static final String NOW = "now";

    /** JPQL: the article {@code a} is public at {@code :now}. */
    public static final String PUBLIC = publicAt("a");

    private ArticleVisibility() {}

    /** JPQL: the article with this alias is public at {@code :now}. */
    public static String publicAt(String alias) {
        return alias + ".status in (io.lede.article.ArticleStatus.PUBLISHED, io.lede.article.ArticleStatus.SCHEDULED)"
                + " and " + alias + ".publishAt <= :" + NOW;
    }

    /** SQL on the {@code article} table under this alias: public at the named parameter {@code :now}. */
    public static String publicAtSql(String alias) {
        return alias + ".status in ('PUBLISHED', 'SCHEDULED') and " + alias + ".publish_at <= :" + NOW;
    }

    /** JPQL: the article with this alias is scheduled and its time has not come at {@code :now}. */
    public static String scheduledAfter(String alias) {
        return alias + ".status = io.lede.article.ArticleStatus.SCHEDULED and " + alias + ".publishAt > :" + NOW;
    }

    /**
     * SQL on the {@code article} table: scheduled, and not yet public at the given parameter ({@code ":now"} for a
     * named one, {@code "?"} for JDBC). The least {@code publish_at} of these is when public content next changes.
     */
    public static String scheduledAfterSql(String nowParameter) {
        return "status = 'SCHEDULED' and publish_at > " + nowParameter;
    }
}
