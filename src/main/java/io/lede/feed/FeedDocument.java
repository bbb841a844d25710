package io.lede.feed;

import io.lede.syndication.delivery.Syndicated;
import java.time.Instant;
import java.util.List;

/**
 * One page of a feed, whatever its format: what {@link FeedWriter} writes.
 *
 * @param id the feed's stable id (a tag URI)
 * @param selfUrl this page
 * @param firstUrl the feed's first page (the subscription URL)
 * @param nextUrl the page of older articles, null on the last page
 * @param apiBase this server's base URI, for links to its own resources
 * @param withdrawals shown on the first page only
 */
public record FeedDocument(
        String id,
        String title,
        String description,
        String homeUrl,
        String selfUrl,
        String firstUrl,
        String nextUrl,
        String apiBase,
        String publisher,
        String language,
        Instant updated,
        List<Syndicated.Item> items,
        List<Syndicated.Withdrawal> withdrawals,
        String idAuthority) {

    /** The id of an article's entry in every feed and format: a tag URI by its numeric id, so edits never move it. */
    String entryId(long articleId) {
        return idAuthority + "article-" + articleId;
    }

    boolean firstPage() {
        return selfUrl.equals(firstUrl);
    }
}
