package io.lede.syndication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies for partners and their keys. */
public final class PartnerViews {

    static final String FORMAT_PATTERN = "^(json|rss|atom|jsonfeed|oembed)$";
    static final String TIER_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private PartnerViews() {}

    @Schema(name = "NewPartner")
    public record NewPartner(
            @Schema(description = "The partner's name", example = "Harbour Wire") @NotBlank @Size(max = 200)
            String name,

            @Schema(description = "Whom to write to about the partnership", example = "desk@harbourwire.example")
            @NotBlank
            @Email
            @Size(max = 320)
            String contact,

            @Schema(
                    description =
                            "The tier the partner's terms give it; rights policies may grant a tier the full" + " text",
                    example = "standard")
            @NotBlank
            @Size(max = 40)
            @Pattern(regexp = TIER_PATTERN, message = "must be lowercase letters and digits, joined by hyphens")
            String tier,

            @Schema(
                    description = "What the partner may fetch: json (the partner API), rss, atom, jsonfeed, oembed",
                    example = "[\"json\", \"atom\"]")
            @NotEmpty
            @Size(max = 5)
            List<
                            @NotNull(message = "is not a known format")
                            @Pattern(regexp = FORMAT_PATTERN, message = "is not a known format") String>
                    formats) {}

    @Schema(name = "PartnerPatch", description = "Members left out stay as they are")
    public record PartnerPatch(
            @Schema(nullable = true, example = "Harbour Wire Agency")
            @Size(max = 200)
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Schema(nullable = true) @Email @Size(max = 320) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String contact,

            @Schema(nullable = true, example = "premium")
            @Size(max = 40)
            @Pattern(regexp = TIER_PATTERN, message = "must be lowercase letters and digits, joined by hyphens")
            String tier,

            @Schema(nullable = true) @Size(min = 1, max = 5)
            List<
                            @NotNull(message = "is not a known format")
                            @Pattern(regexp = FORMAT_PATTERN, message = "is not a known format") String>
                    formats) {}

    @Schema(name = "Partner", description = "A syndication partner")
    public record PartnerView(
            long id,
            @Schema(example = "harbour-wire") String slug,
            @Schema(example = "Harbour Wire") String name,
            @Schema(example = "desk@harbourwire.example") String contact,
            @Schema(example = "standard") String tier,
            List<String> formats,

            @Schema(description = "Only an active partner's keys work")
            PartnerStatus status,

            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "PartnerList")
    public record PartnerList(List<PartnerView> items) {}

    @Schema(name = "NewPartnerKey")
    public record NewPartnerKey(
            @Schema(description = "What the key is for", example = "Production site") @NotBlank @Size(max = 120)
            String name,

            @Schema(nullable = true, description = "The key's quota; left out, the configured default plan") @Valid
            QuotaPlan plan) {}

    @Schema(name = "KeyRotation")
    public record KeyRotation(
            @Schema(
                    description = "How many seconds the old key keeps working beside the new one (0: it stops at"
                            + " once); by default a day",
                    nullable = true,
                    example = "3600")
            @PositiveOrZero
            @Max(2_592_000)
            Long overlapSeconds) {}

    @Schema(name = "IssuedPartnerKey", description = "A new key; the secret is shown this once and never again")
    public record IssuedPartnerKey(
            long id,
            long partnerId,
            String name,

            @Schema(description = "The first characters of the key, to recognise it")
            String prefix,

            Instant createdAt,

            @Schema(description = "The key's quota plan") QuotaPlan plan,

            @Schema(description = "Whether the plan is the configured default")
            boolean defaultPlan,

            @Schema(description = "The secret: send it as 'Authorization: Bearer <key>'")
            String key) {}

    @Schema(name = "PartnerKey", description = "A partner's key, without its secret")
    public record PartnerKeyView(
            long id,
            long partnerId,
            String name,
            String prefix,
            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,

            @Schema(nullable = true, description = "A rotated key stops working at this time")
            Instant expiresAt,

            @Schema(nullable = true) Instant revokedAt,

            @Schema(nullable = true, description = "The key that replaced this one when it was rotated")
            Long replacedBy,

            @Schema(description = "The key's quota plan") QuotaPlan plan,

            @Schema(description = "Whether the plan is the configured default")
            boolean defaultPlan) {}

    @Schema(name = "PartnerKeyList")
    public record PartnerKeyList(List<PartnerKeyView> items) {}

    @Schema(name = "PartnerSelf", description = "The partner a key belongs to, as the key's owner sees it")
    public record PartnerSelf(
            @Schema(example = "harbour-wire") String slug,
            @Schema(example = "Harbour Wire") String name,
            @Schema(example = "standard") String tier,
            List<String> formats,

            @Schema(description = "The calling key's prefix", example = "lede_pk_Ab12Cd")
            String keyPrefix) {}
}
