package io.lede.search;

import io.lede.article.ArticleStatus;
import io.lede.article.ArticleVisibility;
import io.lede.quote.QuoteQueries;
import io.lede.quote.QuoteStatus;

/**
 * Whose search it is: the public sees what is public now; staff lists see every state, or the one they ask for.
 *
 * @param articleStatus for staff: only articles in this state (published and scheduled as the staff list means
 *     them: public now, or still waiting); null for any
 * @param quoteStatus for staff: only quotations in this state; null for any
 */
public record SearchScope(boolean staff, ArticleStatus articleStatus, QuoteStatus quoteStatus) {

    public static final SearchScope PUBLIC = new SearchScope(false, null, null);

    public static SearchScope staff(ArticleStatus articleStatus, QuoteStatus quoteStatus) {
        return new SearchScope(true, articleStatus, quoteStatus);
    }

    /** Whether every article in this scope has a publication time: drafts have none. */
    boolean dated() {
        return !staff || articleStatus == ArticleStatus.PUBLISHED || articleStatus == ArticleStatus.SCHEDULED;
    }

    /** SQL on the article {@code a}; it may use {@code :now}. */
    String articles() {
        if (!staff) {
            return ArticleVisibility.publicAtSql("a");
        }
        if (articleStatus == null) {
            return "1 = 1";
        }
        return switch (articleStatus) {
            case PUBLISHED -> ArticleVisibility.publicAtSql("a");
            // unqualified, which is safe: article is the only table with these columns where this is used
            case SCHEDULED -> "(" + ArticleVisibility.scheduledAfterSql(":" + ArticleVisibility.NOW) + ")";
            default -> "a.status = '" + articleStatus.name() + "'";
        };
    }

    /** SQL on the quotation {@code q} of the article {@code a}; it may use {@code :now}. */
    String quotes() {
        if (!staff) {
            return QuoteQueries.PUBLIC_SQL;
        }
        return quoteStatus == null ? "1 = 1" : "q.status = '" + quoteStatus.name() + "'";
    }
}
