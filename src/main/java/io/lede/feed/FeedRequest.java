package io.lede.feed;

import io.lede.web.Cursor;
import io.lede.web.Paging;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a feed URL may carry besides its path: a partner's feed token and the paging. */
public class FeedRequest {

    @QueryParam("token")
    @Parameter(
            description = "A partner's feed token (feed readers cannot send a key): the feed then follows the"
                    + " partner's policy and tier, spends its key's quota and counts in its usage")
    String token;

    @QueryParam("cursor")
    @Parameter(description = "From the feed's `next` link (Atom, RSS) or `next_url` (JSON Feed)")
    String cursor;

    @QueryParam("limit")
    @Parameter(
            description = "Articles per page, 1 to 100 (default `lede.feeds.page-size`, 20)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    String limit;

    Cursor cursor() {
        return Paging.cursor(cursor);
    }

    int limit(int pageSize) {
        return limit == null ? pageSize : Paging.limit(limit);
    }

    /** The query that every page of this feed keeps: the token and the page size. */
    String keptQuery() {
        StringBuilder query = new StringBuilder();
        if (token != null) {
            query.append("token=").append(Links.encode(token));
        }
        if (limit != null) {
            query.append(query.isEmpty() ? "" : "&").append("limit=").append(Links.encode(limit));
        }
        return query.toString();
    }
}
