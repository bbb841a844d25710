package io.lede.search;

import io.lede.article.ArticleFinder;
import io.lede.article.ArticleStatus;
import io.lede.quote.QuoteFinder;
import io.lede.quote.QuoteQueries.QuoteFilter;
import io.lede.quote.QuoteStatus;
import io.lede.search.SearchService.Ranked;
import io.lede.web.Cursor;
import io.lede.web.Page;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code q} on the article and quotation lists: the same matching and ranking as {@code /api/v1/search}, given to
 * those features through interfaces they own, so that dependencies point one way (search uses articles and
 * quotations, never the reverse).
 */
@ApplicationScoped
class ListSearch implements ArticleFinder, QuoteFinder {

    private final SearchService search;

    ListSearch(SearchService search) {
        this.search = search;
    }

    @Override
    public Page<Long> staff(String text, ArticleStatus status, Cursor after, int limit) {
        return page(search.rank(
                HitType.ARTICLE,
                SearchRequest.of(HitType.ARTICLE, text, null, null, null, null),
                SearchScope.staff(status, null),
                after,
                limit));
    }

    @Override
    public Page<Long> published(QuoteFilter filter, Cursor after, int limit) {
        return page(search.rank(
                HitType.QUOTE,
                SearchRequest.of(
                        HitType.QUOTE,
                        filter.text(),
                        filter.speaker(),
                        filter.article(),
                        filter.since(),
                        filter.until()),
                SearchScope.PUBLIC,
                after,
                limit));
    }

    @Override
    public Page<Long> staff(String text, QuoteStatus status, Cursor after, int limit) {
        return page(search.rank(
                HitType.QUOTE,
                SearchRequest.of(HitType.QUOTE, text, null, null, null, null),
                SearchScope.staff(null, status),
                after,
                limit));
    }

    private static Page<Long> page(Ranked ranked) {
        return new Page<>(ranked.ids(), ranked.nextCursor());
    }
}
