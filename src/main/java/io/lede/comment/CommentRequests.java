package io.lede.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CommentRequests {

    private CommentRequests() {}

    @Schema(name = "NewComment")
    public record NewComment(
            @Schema(example = "Ada Quill") @NotBlank @Size(max = 80)
            String authorName,

            @Schema(description = "Never shown or returned; kept only as a keyed hash", example = "ada@example.org")
            @NotBlank
            @Email
            @Size(max = 254)
            String authorEmail,

            @Schema(description = "A small Markdown subset: emphasis, links, lists, quotes, code")
            @NotBlank
            @Size(max = 5000)
            String body,

            @Schema(nullable = true, description = "The comment this one answers")
            Long parentId,

            @Schema(nullable = true, description = "Leave empty. A hidden form field: whatever fills it is a bot.")
            @Size(max = 500)
            String website) {}

    @Schema(name = "CommentReport")
    public record NewReport(
            @Schema(example = "abusive") @NotBlank @Size(max = 200)
            String reason) {}

    @Schema(name = "BulkModeration")
    public record BulkDecision(
            @jakarta.validation.constraints.NotEmpty @Size(max = 100)
            java.util.List<@jakarta.validation.constraints.NotNull Long> ids,

            @Schema(enumeration = {"approve", "reject", "spam", "delete", "restore"})
            @NotBlank
            @jakarta.validation.constraints.Pattern(
                    regexp = "^(approve|reject|spam|delete|restore)$",
                    message = "must be approve, reject, spam, delete or restore")
            String action,

            @Schema(nullable = true) @Size(max = 200) String reason) {}

    @Schema(name = "BanRequest")
    public record BanRequest(
            @Schema(example = "30") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(3650)
            int days,

            @Schema(nullable = true) @Size(max = 200) String reason) {}

    @Schema(name = "CommenterRequest", description = "Whose comments: the email address they posted with")
    public record CommenterRequest(
            @NotBlank @Email @Size(max = 254) String email) {}

    @Schema(name = "CommentEdit")
    public record CommentEdit(@NotBlank @Size(max = 5000) String body) {}
}
