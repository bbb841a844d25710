package io.lede.article;

import io.lede.article.ArticleQueries.SummaryPage;
import io.lede.article.ArticleViews.ArticleSummary;
import io.lede.article.ArticleViews.ArticleView;
import io.lede.publishing.FieldSelection;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.web.PageRequest;
import io.lede.web.Paged;
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
            summary = "List published articles, newest first or in another order",
            description = "Keyset-paginated: follow `nextCursor` or the `Link: rel=\"next\"` header. Each `sort` order"
                    + " has its own cursors (ties broken by id), so pages neither skip nor repeat an article when"
                    + " others are published in between; a cursor from another order is a 400. `include=total` adds"
                    + " `total`, the exact count of articles the filters match, at the cost of one more statement.")
    @APIResponse(
            responseCode = "200",
            description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = ArticleSummaryPage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(
            responseCode = "400",
            description = "A filter, the sort, the include, the limit or the cursor is invalid, or the cursor was made"
                    + " for another sort order")
    public Response list(
            @Parameter(description = "Only articles with this tag slug") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles by this person slug") @QueryParam("author") String author,
            @Parameter(description = "Published at or after this time (ISO-8601, or a date)") @QueryParam("since")
                    String since,
            @Parameter(description = "Published before this time (ISO-8601, or a date)") @QueryParam("until")
                    String until,
            @Parameter(
                            description = "The order: newest first (the default), oldest first, by title, most"
                                    + " recently updated first, or most commented first",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "-publishedAt",
                                                "publishedAt",
                                                "title",
                                                "-updatedAt",
                                                "-commentCount"
                                            },
                                            defaultValue = "-publishedAt"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "`total` adds the exact number of matching articles (one more statement)",
                            schema = @Schema(enumeration = {"total"}))
                    @QueryParam("include")
                    String include,
            @BeanParam PageRequest paging,
            @BeanParam FieldSelection fields) {
        return door.serve(() -> {
            ArticleFilter filter = new ArticleFilter(
                    tag, author, QueryParams.instant("since", since), QueryParams.instant("until", until));
            ArticleOrder order = ArticleOrder.of(sort);
            SummaryPage found = articles.list(filter, order, paging.cursor(), paging.limit(), total(include));
            ArticleSummaryPage result =
                    new ArticleSummaryPage(found.page().items(), found.page().nextCursor(), found.total());
            List<Long> ids = result.items().stream().map(ArticleSummary::id).toList();
            List<Long> imageIds = result.items().stream()
                    .filter(summary -> summary.featuredImage() != null)
                    .map(summary -> summary.featuredImage().id())
                    .distinct()
                    .toList();
            return Representation.of(result, found.lastModified(), SurrogateKey.ARTICLES)
                    .withKeys(ids, SurrogateKey::article)
                    .withKeys(imageIds, SurrogateKey::image)
                    .showingCommentsOf(ids)
                    .rankedByComments(order == ArticleOrder.MOST_COMMENTED)
                    .selecting(fields.of(ArticleSummary.class));
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
    public Response read(@PathParam("slug") String slug, @BeanParam FieldSelection fields) {
        return door.serve(
                () -> articles.published(slug).map(article -> Representation.of(
                                article,
                                article.featuredImage() == null
                                        ? article.updatedAt()
                                        : article.featuredImage().changedSince(article.updatedAt()),
                                SurrogateKey.article(article.id()))
                        .withKeys(featuredImageIds(article), SurrogateKey::image)
                        .showingCommentsOf(List.of(article.id()))
                        .selecting(fields.of(ArticleView.class))),
                () -> Problems.notFound("published article", slug));
    }

    private static List<Long> featuredImageIds(ArticleView article) {
        return article.featuredImage() == null
                ? List.of()
                : List.of(article.featuredImage().id());
    }

    private static boolean total(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (!include.strip().equals("total")) {
            throw Problems.invalid("include", "must be total");
        }
        return true;
    }

    /** Names the page type in the spec; generic records have no schema name of their own. */
    @Schema(name = "ArticleSummaryPage")
    public record ArticleSummaryPage(
            List<ArticleSummary> items,
            @Schema(nullable = true) String nextCursor,

            @Schema(
                    nullable = true,
                    description = "How many articles the filters match on all pages with `include=total`;"
                            + " otherwise null")
            Long total)
            implements Paged {}
}
