package io.lede.syndication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies for partner feed tokens. */
public final class FeedTokenViews {

    private FeedTokenViews() {}

    @Schema(name = "NewFeedToken")
    public record NewFeedToken(
            @Schema(description = "What the token is for, to recognise it", example = "Newsroom feed reader")
            @NotBlank
            @Size(max = 120)
            String name,

            @Schema(
                    nullable = true,
                    description = "The key whose quota the token spends: by default the calling key (a partner) or"
                            + " the partner's newest working key (staff)")
            Long keyId) {}

    @Schema(name = "FeedToken", description = "A partner's feed token, without its secret")
    public record FeedTokenView(
            long id,
            long partnerId,

            @Schema(description = "The key whose quota it spends")
            long keyId,

            String name,

            @Schema(description = "The first characters of the token, to recognise it")
            String prefix,

            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt) {}

    @Schema(name = "IssuedFeedToken", description = "A new feed token; the secret is shown this once and never again")
    public record IssuedFeedToken(
            long id,
            long partnerId,
            long keyId,
            String name,
            String prefix,
            Instant createdAt,

            @Schema(description = "The secret: add it to a feed URL as ?token=<token>")
            String token,

            @Schema(description = "The partner's feeds of every article, with the token in them")
            FeedUrls feeds) {}

    @Schema(name = "FeedUrls")
    public record FeedUrls(String atom, String rss, String json) {}

    @Schema(name = "FeedTokenList")
    public record FeedTokenList(List<FeedTokenView> items) {}
}
