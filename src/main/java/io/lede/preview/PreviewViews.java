package io.lede.preview;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of preview links. */
public final class PreviewViews {

    private PreviewViews() {}

    @Schema(name = "NewPreviewLink", description = "A share link to create; every member is optional")
    public record NewPreviewLink(
            @Schema(
                    description = "When the link stops working; by default 72 hours from now, at most 30 days",
                    nullable = true)
            Instant expiresAt) {}

    @Schema(
            name = "PreviewLink",
            description = "A share link to an unpublished article, without its token (Lede keeps only a hash)")
    public record PreviewLinkView(
            long id,
            long articleId,

            @Schema(description = "The start of the token, to tell links apart")
            String prefix,

            @Schema(
                    enumeration = {"active", "expired", "revoked"},
                    type = SchemaType.STRING)
            String status,

            Instant createdAt,
            Instant expiresAt,
            @Schema(nullable = true) Instant revokedAt) {}

    @Schema(name = "IssuedPreviewLink", description = "A new share link with its token, shown this once")
    public record IssuedPreviewLink(
            long id,
            long articleId,
            String prefix,

            @Schema(description = "The secret: anyone who has it can read the article until the link ends")
            String token,

            @Schema(description = "Where the preview is read: `GET` this path on the API")
            String path,

            Instant createdAt,
            Instant expiresAt) {}

    @Schema(name = "PreviewLinkList")
    public record PreviewLinkList(List<PreviewLinkView> items) {}
}
