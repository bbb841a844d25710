package io.lede.comment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies for comments. Email addresses and IPs are never part of them. */
public final class CommentViews {

    private CommentViews() {}

    @Schema(name = "Reply", description = "A reply in a thread; parentId says which comment it answers")
    public record ReplyView(
            long id,
            long parentId,
            int depth,
            String authorName,
            String bodyHtml,
            Instant createdAt,
            @Schema(nullable = true) Instant editedAt) {}

    @Schema(
            name = "Comment",
            description = "One approved comment, as its thread shows it, with the article it is on and, for a reply,"
                    + " the comment it answers")
    public record CommentView(
            long id,

            @Schema(description = "The slug of the article the comment is on")
            String article,

            @Schema(nullable = true, description = "The comment this one answers; null for a top-level comment")
            Long parentId,

            @Schema(description = "0 for a top-level comment, 1 for a reply to it, and so on")
            int depth,

            String authorName,
            String bodyHtml,
            Instant createdAt,
            @Schema(nullable = true) Instant editedAt) {}

    @Schema(name = "CommentThread", description = "A top-level comment with the first replies of its thread")
    public record ThreadView(
            long id,
            String authorName,
            String bodyHtml,
            Instant createdAt,
            @Schema(nullable = true) Instant editedAt,

            @Schema(description = "Approved replies in the whole thread")
            long replyCount,

            @Schema(description = "The first replies, oldest first")
            List<ReplyView> replies,

            @Schema(nullable = true, description = "Where the rest of the thread is, when there is more")
            String moreReplies) {}

    @Schema(name = "ModeratedComment", description = "A comment as moderators see it")
    public record ModeratedComment(
            long id,
            String article,
            @Schema(nullable = true) Long parentId,
            String authorName,
            String bodyHtml,
            CommentStatus status,

            @Schema(description = "Reason codes from screening")
            List<String> reasons,

            Instant createdAt) {}

    @Schema(name = "CommentBan", description = "A ban on posting; the banned address itself is never stored")
    public record BanView(
            long id,
            @Schema(enumeration = {"email", "ip"}) String kind,
            @Schema(nullable = true) String reason,
            Instant until,
            String bannedBy) {}

    @Schema(name = "ExportedComment", description = "A comment as stored, for a commenter's data request")
    public record ExportedComment(
            long id,
            String article,
            @Schema(nullable = true) Long parentId,
            String authorName,
            String body,
            CommentStatus status,
            Instant createdAt,
            @Schema(nullable = true) Instant editedAt) {}

    @Schema(name = "ModerationEntry", description = "One line of the moderation log")
    public record ModerationEntry(
            long commentId,
            String action,
            @Schema(nullable = true) String reason,
            String actor,
            Instant actedAt) {}

    @Schema(name = "CommentReason", description = "Why a comment was not approved at once")
    public record ReasonView(
            String code, @Schema(nullable = true) String detail) {}

    @Schema(name = "PostedComment", description = "The comment as stored, its status, and the secret to edit it")
    public record PostedComment(
            long id,
            CommentStatus status,
            List<ReasonView> reasons,
            @Schema(nullable = true) Long parentId,
            String authorName,
            String bodyHtml,
            Instant createdAt,

            @Schema(description = "Send as X-Edit-Secret to edit or delete the comment")
            String editSecret,

            Instant editableUntil) {

        /** The same answer with another edit secret: none where it is remembered, the real one where it is sent. */
        public PostedComment withEditSecret(String secret) {
            return new PostedComment(
                    id, status, reasons, parentId, authorName, bodyHtml, createdAt, secret, editableUntil);
        }
    }
}
