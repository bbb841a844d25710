package io.lede.article;

import io.lede.article.ArticleQueries.SummaryPage;
import io.lede.article.ArticleViews.ArticleSummary;
import io.lede.article.ArticleViews.ArticleView;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles, for any frontend")
public class ArticleResource {

    private final ArticleQueries articles;
    private final FrontDoor door;

    public ArticleResource(ArticleQueries articles, FrontDoor door) {
        this.articles = articles;
        this.door = door;
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "List published articles, newest first",
            description = "Keyset-paginated: follow `nextCursor` or the `Link: rel=\"next\"` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = ArticleSummaryPage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid")
    public Response list(
            @Parameter(description = "Only articles with this tag slug") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles by this person slug") @QueryParam("author") String author,
            @Parameter(description = "Published at or after this time (ISO-8601, or a date)") @QueryParam("since")
                    String since,
            @Parameter(description = "Published before this time (ISO-8601, or a date)") @QueryParam("until")
                    String until,
            @BeanParam PageRequest paging) {
        return door.serve(() -> {
            ArticleFilter filter = new ArticleFilter(
                    tag, author, QueryParams.instant("since", since), QueryParams.instant("until", until));
            SummaryPage result = articles.list(filter, paging.cursor(), paging.limit());
            List<Long> ids =
                    result.page().items().stream().map(ArticleSummary::id).toList();
            List<Long> imageIds = result.page().items().stream()
                    .filter(summary -> summary.featuredImage() != null)
                    .map(summary -> summary.featuredImage().id())
                    .distinct()
                    .toList();
            return Representation.of(result.page(), result.lastModified(), SurrogateKey.ARTICLES)
                    .withKeys(ids, SurrogateKey::article)
                    .withKeys(imageIds, SurrogateKey::image)
                    .showingCommentsOf(ids);
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "readArticle",
            summary = "Read a published article",
            description = "Sanitised HTML and plain-text body, bylines, tags, canonical URL, rights, dates, word count,"
                    + " reading time and the corrections log.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "304", description = "The article has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No published article has that slug")
    public Response read(@PathParam("slug") String slug) {
        return door.serve(
                () -> articles.published(slug).map(article -> Representation.of(
                                article,
                                article.featuredImage() == null
                                        ? article.updatedAt()
                                        : article.featuredImage().changedSince(article.updatedAt()),
                                SurrogateKey.article(article.id()))
                        .withKeys(featuredImageIds(article), SurrogateKey::image)
                        .showingCommentsOf(List.of(article.id()))),
                () -> Problems.notFound("published article", slug));
    }

    private static List<Long> featuredImageIds(ArticleView article) {
        return article.featuredImage() == null
                ? List.of()
                : List.of(article.featuredImage().id());
    }

    /** Names the page type in the spec; generic records have no schema name of their own. */
    @Schema(name = "ArticleSummaryPage")
    public record ArticleSummaryPage(
            List<ArticleSummary> items,
            @Schema(nullable = true) String nextCursor) {}
}
