package io.lede.comment;

import io.lede.comment.CommentRequests.CommentEdit;
import io.lede.comment.CommentViews.CommentView;
import io.lede.comment.CommentViews.PostedComment;
import io.lede.comment.CommentViews.ReplyView;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.support.Timestamps;
import io.lede.web.PageRequest;
import io.lede.web.Problem;
import io.lede.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    static final String EDIT_SECRET = "The `editSecret` the comment was posted with";

    private final CommentQueries comments;
    private final CommentService service;
    private final CommentKeys keys;
    private final FrontDoor door;

    public CommentResource(CommentQueries comments, CommentService service, CommentKeys keys, FrontDoor door) {
        this.comments = comments;
        this.service = service;
        this.keys = keys;
        this.door = door;
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readComment",
            summary = "Read one approved comment",
            description = "Where a new comment's `Location` points. A comment held for moderation, rejected or deleted"
                    + " is not found, and neither is a reply in a thread whose top-level comment is hidden.")
    @APIResponse(
            responseCode = "200",
            description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "304", description = "The comment has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No approved comment of a published article has that id")
    public Response read(@PathParam("id") long id) {
        return door.serve(
                () -> comments.visible(id).map(found -> Representation.of(
                                found.comments(),
                                lastChanged(found.comments()),
                                SurrogateKey.COMMENTS,
                                SurrogateKey.commentsOfArticle(found.articleId()))
                        .showingCommentsOf(List.of(found.articleId()))),
                () -> Problems.notFound("comment", Long.toString(id)));
    }

    @GET
    @Path("/{id}/replies")
    @Operation(
            operationId = "listReplies",
            summary = "The rest of a thread: approved replies, oldest first",
            description = "Every reply carries `parentId` and `depth`, so a thread of any depth can be drawn."
                    + " Keyset-paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of replies",
            content = @Content(schema = @Schema(implementation = ReplyPage.class)))
    @APIResponse(responseCode = "304", description = "Nothing has changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No visible top-level comment has that id")
    public Response replies(@PathParam("id") long id, @BeanParam PageRequest paging) {
        return door.serve(
                () -> comments.replies(id, paging.cursor(), paging.limit()).map(found -> Representation.of(
                                found.comments(),
                                Timestamps.latest(found.comments().items(), ReplyView::createdAt),
                                SurrogateKey.COMMENTS,
                                SurrogateKey.commentsOfArticle(found.articleId()))
                        .showingCommentsOf(List.of(found.articleId()))),
                () -> Problems.notFound("comment thread", Long.toString(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editComment",
            summary = "Edit your comment within the edit window",
            description = "Send X-Edit-Secret.")
    @APIResponse(
            responseCode = "200",
            description = "The edited comment",
            content = @Content(schema = @Schema(implementation = PostedComment.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "403", description = "The edit secret is missing or wrong")
    @APIResponse(responseCode = "404", description = "No comment has that id")
    @APIResponse(responseCode = "409", description = "The edit window has passed")
    public PostedComment edit(
            @PathParam("id") long id,
            @Parameter(description = EDIT_SECRET, required = true) @HeaderParam("X-Edit-Secret") String secret,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid CommentEdit requestBody) {
        return service.edit(id, secret, requestBody.body());
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(
            operationId = "deleteComment",
            summary = "Delete your comment within the edit window",
            description = "Send X-Edit-Secret.")
    @APIResponse(responseCode = "204", description = "Deleted; replies to it stay")
    @APIResponse(responseCode = "403", description = "The edit secret is missing or wrong")
    @APIResponse(responseCode = "404", description = "No comment has that id")
    @APIResponse(responseCode = "409", description = "The edit window has passed")
    public RestResponse<Void> delete(
            @PathParam("id") long id,
            @Parameter(description = EDIT_SECRET, required = true) @HeaderParam("X-Edit-Secret") String secret) {
        service.delete(id, secret);
        return RestResponse.noContent();
    }

    @POST
    @Produces(MediaType.WILDCARD)
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportComment",
            summary = "Report a comment",
            description = "Enough reports from different readers send it back to the moderation queue.")
    @APIResponse(responseCode = "202", description = "The report was taken")
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "404", description = "No approved comment has that id")
    public RestResponse<Void> report(
            @PathParam("id") long id,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid CommentRequests.NewReport requestBody,
            @Context io.vertx.core.http.HttpServerRequest http) {
        service.report(
                id,
                requestBody.reason(),
                keys.ip(
                        http.remoteAddress() == null
                                ? "unknown"
                                : http.remoteAddress().hostAddress()));
        return RestResponse.accepted();
    }

    private static java.time.Instant lastChanged(CommentView comment) {
        return comment.editedAt() != null ? comment.editedAt() : comment.createdAt();
    }

    @Schema(name = "ReplyPage")
    public record ReplyPage(
            List<ReplyView> items, @Schema(nullable = true) String nextCursor) {}
}
