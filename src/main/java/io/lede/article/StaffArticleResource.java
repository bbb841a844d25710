package io.lede.article;

import static io.lede.web.Problem.BODY_REQUIRED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lede.article.ArticleRequests.ArticleInput;
import io.lede.article.ArticleRequests.ArticlePatch;
import io.lede.article.ArticleRequests.ScheduleRequest;
import io.lede.article.ArticleViews.StaffArticleSummary;
import io.lede.article.ArticleViews.StaffArticleView;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import io.lede.web.QueryWords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: articles", description = "Drafting, editing and publishing (scope articles:write)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffArticleResource {

    static final String ID = "The article's id or slug";

    private final ArticleService articles;
    private final ArticleQueries queries;

    public StaffArticleResource(ArticleService articles, ArticleQueries queries) {
        this.articles = articles;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createArticle",
            summary = "Create a draft from a Markdown body",
            description = "The slug is derived from the title unless given.")
    @APIResponse(
            responseCode = "201",
            description = "The draft, with its Location",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or names a person or tag that does not exist")
    @APIResponse(responseCode = "409", description = "Another article already has that slug")
    public RestResponse<StaffArticleView> create(@NotNull(message = BODY_REQUIRED) @Valid ArticleInput requestBody) {
        StaffArticleView created = articles.create(requestBody);
        return versioned(
                RestResponse.ResponseBuilder.created(URI.create("/api/v1/admin/articles/" + created.id())), created);
    }

    @GET
    @Operation(
            operationId = "listStaffArticles",
            summary = "List articles in any state, most recently changed first",
            description = "Drafts, scheduled, published and unpublished articles, each with its version."
                    + " Keyset-paginated: follow `nextCursor` or the `Link: rel=\"next\"` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of articles",
            content = @Content(schema = @Schema(implementation = StaffArticlePage.class)))
    @APIResponse(responseCode = "400", description = "The status, the limit or the cursor is invalid")
    public Page<StaffArticleSummary> list(
            @Parameter(
                            description = "Only articles in this state",
                            schema = @Schema(enumeration = {"draft", "scheduled", "published", "unpublished"}))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Words to find (web-search syntax, as in /api/v1/search); best match first")
                    @QueryParam("q")
                    String text,
            @BeanParam PageRequest paging) {
        return queries.staffList(
                QueryParams.option("status", status, ArticleStatus.class, null),
                QueryWords.of(text),
                paging.cursor(),
                paging.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readStaffArticle",
            summary = "Read an article in any state, drafts included",
            description = "The ETag is the article's version, such as `\"v3\"`: send it back in `If-Match` when you"
                    + " edit.")
    @APIResponse(
            responseCode = "200",
            description = "The article, with its version as the ETag",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<StaffArticleView> read(@Parameter(description = ID) @PathParam("id") String id) {
        return articles.find(id)
                .map(article -> versioned(RestResponse.ResponseBuilder.ok(), article))
                .orElseThrow(() -> Problems.notFound("article", id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceArticle",
            summary = "Replace an article's editable fields",
            description = "Needs `If-Match` with the ETag you read. On a published article, `correctionNote` appends"
                    + " to the public corrections log.")
    @APIResponse(
            responseCode = "200",
            description = "The updated article",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken, or someone saved at the same moment")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match")
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing: a full replacement must say which version it replaces")
    public RestResponse<StaffArticleView> replace(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The ETag of the version you edited", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid ArticleInput requestBody) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired(
                    "Send If-Match with the ETag from GET /api/v1/admin/articles/" + id + " so no one's edit is lost.");
        }
        return versioned(
                RestResponse.ResponseBuilder.ok(),
                articles.replace(id, requestBody, Preconditions.expectedVersion(ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchArticle",
            summary = "Change some fields of an article",
            description = "A JSON merge patch (RFC 7386) over the fields of ArticleInput: members left out stay as they"
                    + " are, and null clears the nullable ones. `If-Match` is optional and honoured.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticlePatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The updated article",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not an object, or leaves a field invalid")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken, or someone saved at the same moment")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match")
    public RestResponse<StaffArticleView> patch(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The ETag of the version you edited") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode requestBody)
            throws JsonProcessingException {
        return versioned(
                RestResponse.ResponseBuilder.ok(),
                articles.patch(id, requestBody, Preconditions.expectedVersion(ifMatch)));
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(
            operationId = "deleteArticle",
            summary = "Delete an article for good",
            description = "To take it off the site but keep it, unpublish.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match")
    public RestResponse<Void> delete(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "Optional: delete only this version") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        articles.delete(id, Preconditions.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            operationId = "publishArticle",
            summary = "Publish an article now",
            description = "A republished article keeps its first publication time.")
    @APIResponse(
            responseCode = "200",
            description = "The published article",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<StaffArticleView> publish(@Parameter(description = ID) @PathParam("id") String id) {
        return versioned(RestResponse.ResponseBuilder.ok(), articles.publish(id));
    }

    @POST
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "scheduleArticle",
            summary = "Schedule an article to become public later",
            description = "It becomes public at that time on its own: no job or restart is needed.")
    @APIResponse(
            responseCode = "200",
            description = "The scheduled article",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "400", description = "The time is missing or not in the future")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    @APIResponse(responseCode = "409", description = "The article is already public")
    public RestResponse<StaffArticleView> schedule(
            @Parameter(description = ID) @PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid ScheduleRequest requestBody) {
        return versioned(RestResponse.ResponseBuilder.ok(), articles.schedule(id, requestBody.publishAt()));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(
            operationId = "unpublishArticle",
            summary = "Take an article off the site",
            description = "A public article becomes unpublished; a scheduled one goes back to draft.")
    @APIResponse(
            responseCode = "200",
            description = "The article, no longer public",
            content = @Content(schema = @Schema(implementation = StaffArticleView.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<StaffArticleView> unpublish(@Parameter(description = ID) @PathParam("id") String id) {
        return versioned(RestResponse.ResponseBuilder.ok(), articles.unpublish(id));
    }

    /** Names the page type in the spec; generic records have no schema name of their own. */
    @Schema(name = "StaffArticlePage")
    public record StaffArticlePage(
            List<StaffArticleSummary> items,
            @Schema(nullable = true) String nextCursor) {}

    private static RestResponse<StaffArticleView> versioned(
            RestResponse.ResponseBuilder<StaffArticleView> response, StaffArticleView article) {
        return response.entity(article)
                .tag(Preconditions.versionTag(article.version()))
                .build();
    }
}
