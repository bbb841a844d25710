package io.lede.comment;

import io.lede.comment.CommentRequests.NewComment;
import io.lede.comment.CommentViews.PostedComment;
import io.lede.comment.CommentViews.ThreadView;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.support.Timestamps;
import io.lede.web.PageRequest;
import io.lede.web.Problem;
import io.lede.web.Problems;
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
import jakarta.ws.rs.core.Response;
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
    private final FrontDoor door;

    public ArticleCommentResource(CommentQueries comments, CommentService service, CommentKeys keys, FrontDoor door) {
        this.comments = comments;
        this.service = service;
        this.keys = keys;
        this.door = door;
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
            @BeanParam PageRequest paging) {
        boolean newest = sortNewest(sort);
        return door.serve(
                () -> comments.threads(slug, newest, paging.cursor(), paging.limit())
                        .map(found -> Representation.of(
                                        found.comments(),
                                        Timestamps.latest(found.comments().items(), ThreadView::createdAt),
                                        SurrogateKey.COMMENTS,
                                        SurrogateKey.commentsOfArticle(found.articleId()))
                                .showingCommentsOf(List.of(found.articleId()))),
                () -> Problems.notFound("published article", slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postComment",
            summary = "Post a comment",
            description = "Screened at once: the answer says whether it is approved, pending or spam, and why."
                    + " A retried post with the same Idempotency-Key, from the same commenter (email and address)"
                    + " with the same request, answers with the first comment instead of making another and does"
                    + " not count against the limits.")
    @APIResponse(
            responseCode = "201",
            description = "The comment, its status, and the secret to edit it",
            content = @Content(schema = @Schema(implementation = PostedComment.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or the parent is not on this article")
    @APIResponse(responseCode = "403", description = "The author is banned from commenting")
    @APIResponse(responseCode = "404", description = "No published article has that slug")
    @APIResponse(
            responseCode = "409",
            description = "Comments on the article are closed, or a request with this Idempotency-Key is still"
                    + " being carried out (retry to get its answer)")
    @APIResponse(
            responseCode = "422",
            description = "This Idempotency-Key was already used by this commenter with a different request")
    @APIResponse(responseCode = "429", description = "Too many comments from this address or email")
    @APIResponse(responseCode = "503", description = "The database cannot be reached; retry after Retry-After")
    public RestResponse<PostedComment> post(
            @PathParam("slug") String slug,
            @Parameter(
                            description = "A unique string per comment; a retry with the same key and request makes no"
                                    + " second comment. Keys are per commenter and remembered for 24 hours.")
                    @HeaderParam("Idempotency-Key")
                    @Size(max = 100)
                    String idempotencyKey,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid NewComment requestBody,
            @Context HttpServerRequest http) {
        String ip =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        Commenter commenter = keys.commenter(ip, requestBody.authorEmail());
        PostedComment posted = service.post(slug, requestBody, commenter, idempotencyKey);
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
