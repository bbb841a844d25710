package io.lede.comment;

import io.lede.comment.CommentViews.ModeratedComment;
import io.lede.security.RequiresScope;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: comments", description = "Moderation (scope comments:moderate)")
@SecurityRequirement(name = "bearer")
@RequiresScope(Scope.COMMENTS_MODERATE)
public class ModerationResource {

    static final String REASON = "Optional: a reason code for the log";

    private final ModerationService moderation;

    public ModerationResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "The moderation queue: comments in one state, newest first")
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
        return moderation.queue(status(status), paging.cursor(), paging.limit());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a comment", description = "Approving one marked spam teaches the classifier.")
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
    @Operation(summary = "Reject a comment")
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
    @Operation(summary = "Mark a comment as spam", description = "The classifier learns from it.")
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

    private static CommentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return CommentStatus.PENDING;
        }
        try {
            return CommentStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("status", "must be one of pending, approved, spam, rejected, deleted");
        }
    }

    @Schema(name = "ModerationPage")
    public record ModerationPage(
            List<ModeratedComment> items,
            @Schema(nullable = true) String nextCursor) {}
}
