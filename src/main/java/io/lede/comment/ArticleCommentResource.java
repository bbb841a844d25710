package io.lede.comment;

import io.lede.comment.CommentRequests.NewComment;
import io.lede.comment.CommentViews.PostedComment;
import io.lede.comment.CommentViews.ThreadView;
import io.lede.support.Timestamps;
import io.lede.web.PageRequest;
import io.lede.web.Paging;
import io.lede.web.Problem;
import io.lede.web.Problems;
import io.lede.web.PublicCaching;
import io.lede.web.PublicCaching.Representation;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Reader comments: threads, posting, and the author's own edits")
public class ArticleCommentResource {

    private final CommentQueries comments;
    private final CommentService service;
    private final CommentKeys keys;
    private final RateLimits limits;
    private final PublicCaching caching;

    public ArticleCommentResource(
            CommentQueries comments,
            CommentService service,
            CommentKeys keys,
            RateLimits limits,
            PublicCaching caching) {
        this.comments = comments;
        this.service = service;
        this.keys = keys;
        this.limits = limits;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listCommentThreads",
            summary = "An article's approved comments, thread by thread",
            description = "Each top-level comment carries its first replies and a link to the rest of its thread.")
    @APIResponse(
            responseCode = "200",
            description = "A page of threads",
            content = @Content(schema = @Schema(implementation = ThreadPage.class)))
    @APIResponse(responseCode = "304", description = "Nothing has changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "The sort, the limit or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "No published article has that slug")
    public Response threads(
            @PathParam("slug") String slug,
            @Parameter(description = "oldest (default) or newest", schema = @Schema(enumeration = {"oldest", "newest"}))
                    @QueryParam("sort")
                    String sort,
            @BeanParam PageRequest paging,
            @Context Request request,
            @Context UriInfo uri) {
        boolean newest = sortNewest(sort);
        return caching.cached(
                request,
                uri,
                () -> comments.threads(slug, newest, paging.cursor(), paging.limit())
                        .map(found -> new Representation(
                                found.comments(),
                                Timestamps.latest(found.comments().items(), ThreadView::createdAt),
                                List.of("comments", "comments-article-" + found.articleId()),
                                Paging.nextPageUrl(found.comments(), uri),
                                List.of(found.articleId()))),
                () -> Problems.notFound("published article", slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postComment",
            summary = "Post a comment",
            description = "Screened at once: the answer says whether it is approved, pending or spam, and why."
                    + " A retried post with the same Idempotency-Key makes one comment.")
    @APIResponse(
            responseCode = "201",
            description = "The comment, its status, and the secret to edit it",
            content = @Content(schema = @Schema(implementation = PostedComment.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or the parent is not on this article")
    @APIResponse(responseCode = "403", description = "The author is banned from commenting")
    @APIResponse(responseCode = "404", description = "No published article has that slug")
    @APIResponse(responseCode = "409", description = "Comments on the article are closed")
    @APIResponse(responseCode = "429", description = "Too many comments from this address or email")
    public RestResponse<PostedComment> post(
            @PathParam("slug") String slug,
            @Parameter(description = "Any unique string; a retry with the same key makes no second comment")
                    @HeaderParam("Idempotency-Key")
                    @Size(max = 100)
                    String idempotencyKey,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid NewComment requestBody,
            @Context HttpServerRequest http) {
        String ip =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        String ipHash = keys.ip(ip);
        String emailHash = keys.email(requestBody.authorEmail());
        limits.spend(ipHash, emailHash);
        PostedComment posted = service.post(slug, requestBody, emailHash, ip, ipHash, idempotencyKey);
        return RestResponse.ResponseBuilder.<PostedComment>created(URI.create("/api/v1/comments/" + posted.id()))
                .entity(posted)
                .header("Cache-Control", "no-store")
                .build();
    }

    private static boolean sortNewest(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("oldest")) {
            return false;
        }
        if (sort.equals("newest")) {
            return true;
        }
        throw Problems.invalid("sort", "must be oldest or newest");
    }

    @Schema(name = "CommentThreadPage")
    public record ThreadPage(
            List<ThreadView> items, @Schema(nullable = true) String nextCursor) {}
}
