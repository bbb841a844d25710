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

    @Schema(name = "CommentEdit")
    public record CommentEdit(@NotBlank @Size(max = 5000) String body) {}
}
