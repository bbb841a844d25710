package io.lede.syndication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key's allowance: {@code requests} per {@code windowSeconds}, and at most {@code burst} in any one burst window
 * (a second by default, {@code lede.quotas.burst-window}). Each is a fixed window that starts with the key's first
 * request in it.
 */
@Schema(name = "QuotaPlan", description = "A key's quota: requests per window, and a burst per second")
public record QuotaPlan(
        @Schema(description = "Requests allowed per window", example = "10000") @NotNull @Positive @Max(1_000_000_000)
        Long requests,

        @Schema(description = "The window, in seconds (at most 31 days)", example = "3600")
        @NotNull
        @Positive
        @Max(2_678_400)
        Long windowSeconds,

        @Schema(description = "Requests allowed per second (the burst window), at most `requests`", example = "50")
        @NotNull
        @Positive
        @Max(1_000_000_000)
        Long burst) {

    static QuotaPlan defaults(QuotaConfig config) {
        return new QuotaPlan(config.requests(), config.window().toSeconds(), config.burst());
    }

    /** The key's own plan, or null when it has the default one. */
    static QuotaPlan of(PartnerKey key) {
        return key.planRequests == null ? null : new QuotaPlan(key.planRequests, key.planWindowSeconds, key.planBurst);
    }
}
