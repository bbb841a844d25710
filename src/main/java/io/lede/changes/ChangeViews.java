package io.lede.changes;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the change feed and webhooks send. */
public final class ChangeViews {

    private ChangeViews() {}

    @Schema(name = "ChangeItem", description = "What changed")
    public record ChangeItem(
            @Schema(
                    description = "article or quote",
                    enumeration = {"article", "quote"})
            String kind,

            long id,

            @Schema(nullable = true, description = "An article's slug at the time of the change; null for a quotation")
            String slug,

            @Schema(description = "Where the caller reads the item now (the partner API for a partner key)")
            String href,

            @Schema(nullable = true, description = "An article's canonical URL; null for a quotation")
            String canonicalUrl) {}

    @Schema(name = "Change", description = "One change to public content")
    public record ChangeView(
            @Schema(description = "The event's id: the same in the feed and in every webhook delivery of it")
            long id,

            @Schema(description = "A cursor just after this event: resume here after handling it")
            String cursor,

            @Schema(
                    description = "What happened",
                    enumeration = {
                        "article.published",
                        "article.updated",
                        "article.corrected",
                        "article.unpublished",
                        "article.deleted",
                        "quote.confirmed",
                        "quote.updated",
                        "quote.removed"
                    })
            String type,

            Instant occurredAt,
            ChangeItem item,

            @Schema(nullable = true, description = "The item's revision after the change; it only grows")
            Long version,

            @Schema(
                    nullable = true,
                    description = "The item's version tag after the change, as the staff API sends it in ETag"
                            + " and takes in If-Match (public and partner answers carry content ETags of their"
                            + " own); null for a tombstone")
            String etag,

            @Schema(description = "The item is no longer public (withdrawn, deleted or removed): take it down")
            boolean tombstone) {}

    @Schema(name = "ChangePage", description = "Changes in the order they were committed")
    public record ChangePage(
            List<ChangeView> items,

            @Schema(
                    description = "Where to continue: always present, even on an empty page. Following it"
                            + " never skips nor repeats a change")
            String nextCursor) {}
}
