package io.lede.article;

import io.lede.article.ArticleViews.TagView;
import io.lede.support.Timestamps;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Paging;
import io.lede.web.Problems;
import io.lede.web.PublicCaching;
import io.lede.web.PublicCaching.Representation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Topics that group articles")
public class TagResource {

    private final TagService tags;
    private final PublicCaching caching;

    public TagResource(TagService tags, PublicCaching caching) {
        this.tags = tags;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listTags",
            summary = "List tags by slug, with how many published articles carry each",
            description = "Keyset-paginated by slug: follow `nextCursor` or the `Link: rel=\"next\"` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tags",
            content = @Content(schema = @Schema(implementation = TagPage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    public Response list(@BeanParam PageRequest paging, @Context Request request, @Context UriInfo uri) {
        return caching.cached(
                request,
                uri,
                () -> {
                    Page<TagView> page = tags.list(paging.cursor(), paging.limit());
                    Instant lastModified = Timestamps.latest(page.items(), TagView::updatedAt);
                    return Optional.of(
                            new Representation(page, lastModified, List.of("tags"), Paging.nextPageUrl(page, uri)));
                },
                null);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "readTag",
            summary = "Read a tag",
            description = "Its articles: `GET /api/v1/articles?tag={slug}`.")
    @APIResponse(
            responseCode = "200",
            description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "304", description = "The tag has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No tag has that slug")
    public Response read(@PathParam("slug") String slug, @Context Request request, @Context UriInfo uri) {
        return caching.cached(
                request,
                uri,
                () -> tags.find(slug)
                        .map(tag -> new Representation(tag, tag.updatedAt(), List.of("tags", "tag-" + tag.id()), null)),
                () -> Problems.notFound("tag", slug));
    }

    @Schema(name = "TagPage")
    public record TagPage(
            List<TagView> items, @Schema(nullable = true) String nextCursor) {}
}
