package io.lede.comment;

import io.lede.comment.CommentRequests.BanRequest;
import io.lede.comment.CommentRequests.BulkDecision;
import io.lede.comment.CommentRequests.CommenterRequest;
import io.lede.comment.CommentViews.BanView;
import io.lede.comment.CommentViews.ExportedComment;
import io.lede.comment.CommentViews.ModeratedComment;
import io.lede.comment.CommentViews.ModerationEntry;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Problem;
import io.lede.web.QueryParams;
import io.lede.web.openapi.OpenApiHints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: comments", description = "Moderation (scope comments:moderate)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.COMMENTS_MODERATE)
public class ModerationResource {

    static final String REASON = "Optional: a reason code for the log";

    private final ModerationService moderation;
    private final CommentKeys keys;

    public ModerationResource(ModerationService moderation, CommentKeys keys) {
        this.moderation = moderation;
        this.keys = keys;
    }

    @GET
    @Operation(
            operationId = "listModerationQueue",
            summary = "The moderation queue: comments in one state, newest first",
            description = "Each comment carries the reason codes screening gave it. Keyset-paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of comments",
            content = @Content(schema = @Schema(implementation = ModerationPage.class)))
    @APIResponse(responseCode = "400", description = "The status, the limit or the cursor is invalid")
    public Page<ModeratedComment> queue(
            @Parameter(
                            description = "pending (default), approved, spam, rejected or deleted",
                            schema = @Schema(enumeration = {"pending", "approved", "spam", "rejected", "deleted"}))
                    @QueryParam("status")
                    String status,
            @BeanParam PageRequest paging) {
        return moderation.queue(
                QueryParams.option("status", status, CommentStatus.class, CommentStatus.PENDING),
                paging.cursor(),
                paging.limit());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(
            operationId = "approveComment",
            summary = "Approve a comment",
            description = "Approving one marked spam teaches the classifier.")
    @APIResponse(
            responseCode = "200",
            description = "The approved comment",
            content = @Content(schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public ModeratedComment approve(
            @PathParam("id") long id,
            @Parameter(description = REASON) @QueryParam("reason") @Size(max = 200) String reason) {
        return moderation.decide(id, CommentStatus.APPROVED, reason);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(
            operationId = "rejectComment",
            summary = "Reject a comment",
            description = "The comment leaves the page; the decision is logged with its reason.")
    @APIResponse(
            responseCode = "200",
            description = "The rejected comment",
            content = @Content(schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public ModeratedComment reject(
            @PathParam("id") long id,
            @Parameter(description = REASON) @QueryParam("reason") @Size(max = 200) String reason) {
        return moderation.decide(id, CommentStatus.REJECTED, reason);
    }

    @POST
    @Path("/{id}/spam")
    @Operation(
            operationId = "markCommentSpam",
            summary = "Mark a comment as spam",
            description = "The classifier learns from it.")
    @APIResponse(
            responseCode = "200",
            description = "The comment, marked spam",
            content = @Content(schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public ModeratedComment spam(
            @PathParam("id") long id,
            @Parameter(description = REASON) @QueryParam("reason") @Size(max = 200) String reason) {
        return moderation.decide(id, CommentStatus.SPAM, reason);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(
            operationId = "restoreComment",
            summary = "Restore a deleted, rejected or spam comment to the page",
            description = "It is approved again and goes back to its place in the thread.")
    @APIResponse(
            responseCode = "200",
            description = "The restored comment",
            content = @Content(schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public ModeratedComment restore(
            @PathParam("id") long id,
            @Parameter(description = REASON) @QueryParam("reason") @Size(max = 200) String reason) {
        return moderation.decide(id, CommentStatus.APPROVED, reason);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "removeComment",
            summary = "Delete a comment",
            description = "It leaves the page; restore brings it back.")
    @APIResponse(
            responseCode = "200",
            description = "The deleted comment",
            content = @Content(schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public ModeratedComment delete(
            @PathParam("id") long id,
            @Parameter(description = REASON) @QueryParam("reason") @Size(max = 200) String reason) {
        return moderation.decide(id, CommentStatus.DELETED, reason);
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "moderateComments",
            summary = "Apply one decision to up to 100 comments",
            description = "All or nothing: when one id names no comment, none is changed.")
    @APIResponse(
            responseCode = "200",
            description = "The comments after the decision",
            content = @Content(schema = @Schema(implementation = ModerationPage.class)))
    @APIResponse(responseCode = "400", description = "The ids or the action are invalid")
    @APIResponse(responseCode = "404", description = "One of the ids names no comment; nothing was changed")
    public ModerationPage bulk(@NotNull(message = Problem.BODY_REQUIRED) @Valid BulkDecision requestBody) {
        CommentStatus decision =
                switch (requestBody.action()) {
                    case "approve", "restore" -> CommentStatus.APPROVED;
                    case "reject" -> CommentStatus.REJECTED;
                    case "spam" -> CommentStatus.SPAM;
                    default -> CommentStatus.DELETED;
                };
        return new ModerationPage(moderation.decideAll(requestBody.ids(), decision, requestBody.reason()), null);
    }

    @POST
    @Path("/{id}/ban")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "banCommenter",
            summary = "Ban the author of a comment for some days",
            description = "Bans the keyed hashes of their email address and IP; neither is stored itself.")
    @APIResponse(
            responseCode = "200",
            description = "The bans made",
            content = @Content(schema = @Schema(implementation = BanList.class)))
    @APIResponse(responseCode = "400", description = "The number of days is invalid")
    @APIResponse(responseCode = "404", description = "No comment has that id")
    public BanList ban(
            @PathParam("id") long id, @NotNull(message = Problem.BODY_REQUIRED) @Valid BanRequest requestBody) {
        return new BanList(moderation.ban(id, requestBody.days(), requestBody.reason()));
    }

    @GET
    @Path("/bans")
    @Operation(
            operationId = "listBans",
            summary = "Bans in force",
            description = "Each ban says whether it holds an email or an IP hash, why, until when, and who made it.")
    @APIResponse(
            responseCode = "200",
            description = "Every ban that has not run out",
            content = @Content(schema = @Schema(implementation = BanList.class)))
    public BanList bans() {
        return new BanList(moderation.bans());
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/bans/{id}")
    @Operation(operationId = "liftBan", summary = "Lift a ban", description = "The author may post again at once.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", description = "No ban has that id")
    public RestResponse<Void> lift(@PathParam("id") long id) {
        moderation.lift(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "eraseCommenter",
            summary = "Erase a commenter's comments",
            description = "Name and body become a tombstone; replies keep their place in the thread.")
    @APIResponse(
            responseCode = "200",
            description = "How many comments were erased",
            content = @Content(schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", description = "The email address is invalid")
    public Erasure erase(@NotNull(message = Problem.BODY_REQUIRED) @Valid CommenterRequest requestBody) {
        return new Erasure(moderation.erase(keys.email(requestBody.email())));
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = OpenApiHints.CHANGES_NOTHING, value = "true")
    @Operation(
            operationId = "exportCommenter",
            summary = "Export everything stored about a commenter's comments",
            description = "For a commenter's data request: every comment posted with that email address, in any state,"
                    + " with its Markdown body.")
    @APIResponse(
            responseCode = "200",
            description = "Their comments",
            content = @Content(schema = @Schema(implementation = Export.class)))
    @APIResponse(responseCode = "400", description = "The email address is invalid")
    public Export export(@NotNull(message = Problem.BODY_REQUIRED) @Valid CommenterRequest requestBody) {
        return new Export(moderation.export(keys.email(requestBody.email())));
    }

    @GET
    @Path("/log")
    @Operation(
            operationId = "listModerationLog",
            summary = "The moderation log: who did what to which comment, newest first",
            description = "Keyset-paginated; `comment` narrows it to one comment.")
    @APIResponse(
            responseCode = "200",
            description = "A page of log entries",
            content = @Content(schema = @Schema(implementation = ModerationLog.class)))
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    public Page<ModerationEntry> log(
            @Parameter(description = "Only this comment's entries") @QueryParam("comment") Long comment,
            @BeanParam PageRequest paging) {
        return moderation.log(comment, paging.cursor(), paging.limit());
    }

    @Schema(name = "ModerationLog")
    public record ModerationLog(
            List<ModerationEntry> items,
            @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CommentBanList")
    public record BanList(List<BanView> items) {}

    @Schema(name = "Erasure")
    public record Erasure(int erased) {}

    @Schema(name = "CommentExport")
    public record Export(List<ExportedComment> items) {}

    @Schema(name = "ModerationPage")
    public record ModerationPage(
            List<ModeratedComment> items,
            @Schema(nullable = true) String nextCursor) {}
}
