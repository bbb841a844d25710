package io.lede.article;

import io.lede.article.ArticleViews.TagView;
import io.lede.publishing.FieldSelection;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.support.Timestamps;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    private final FrontDoor door;

    public TagResource(TagService tags, FrontDoor door) {
        this.tags = tags;
        this.door = door;
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
    public Response list(@BeanParam PageRequest paging, @BeanParam FieldSelection fields) {
        return door.serve(() -> {
            Page<TagView> page = tags.list(paging.cursor(), paging.limit());
            return Representation.of(page, Timestamps.latest(page.items(), TagView::updatedAt), SurrogateKey.TAGS)
                    .selecting(fields.of(TagView.class));
        });
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
    public Response read(@PathParam("slug") String slug, @BeanParam FieldSelection fields) {
        return door.serve(
                () -> tags.find(slug).map(tag -> Representation.of(
                                tag, tag.updatedAt(), SurrogateKey.TAGS, SurrogateKey.tag(tag.id()))
                        .selecting(fields.of(TagView.class))),
                () -> Problems.notFound("tag", slug));
    }

    @Schema(name = "TagPage")
    public record TagPage(
            List<TagView> items, @Schema(nullable = true) String nextCursor) {}
}
