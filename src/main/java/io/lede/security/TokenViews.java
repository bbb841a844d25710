package io.lede.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies for staff tokens. */
public final class TokenViews {

    private TokenViews() {}

    @Schema(name = "NewToken")
    public record NewToken(
            @Schema(description = "What the token is for", example = "Frontend build server") @NotBlank @Size(max = 120)
            String name,

            @Schema(
                    description = "articles:write, tokens:manage, comments:moderate, partners:manage, changes:read or"
                            + " webhooks:manage; only scopes the issuing token holds itself")
            @NotEmpty
            @Size(max = 10)
            List<
                            @NotNull(message = "is not a known scope")
                            @Pattern(regexp = Scope.PATTERN, message = "is not a known scope") String>
                    scopes) {}

    @Schema(name = "IssuedToken", description = "A new token; the secret is shown this once and never again")
    public record IssuedToken(
            long id, String name, List<String> scopes, String prefix, Instant createdAt, String token) {}

    @Schema(name = "Token", description = "A staff token, without its secret")
    public record TokenView(
            long id,
            String name,

            @Schema(description = "The first characters of the token, to recognise it")
            String prefix,

            List<String> scopes,
            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt) {}

    @Schema(name = "TokenList")
    public record TokenList(List<TokenView> items) {}
}
