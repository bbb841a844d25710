package io.lede.changes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhook subscriptions and deliveries as the API shows them. */
public final class WebhookViews {

    private WebhookViews() {}

    @Schema(name = "NewWebhook", description = "A URL to receive change events")
    public record NewWebhook(
            @Schema(description = "An https URL on a public host; Lede POSTs each event to it")
            @NotBlank
            @Size(max = 2000)
            String url,

            @Schema(
                    description = "Event types (article.published, …), a kind's every type (article.*,"
                            + " quote.*) or * for all")
            @NotEmpty
            @Size(max = 20)
            List<
                            @NotNull(message = "is not a known event type")
                            @Pattern(regexp = ChangeType.PATTERN, message = "is not a known event type") String>
                    events,

            @Schema(description = "A note for people", nullable = true) @Size(max = 500)
            String description) {}

    @Schema(name = "Webhook", description = "A webhook subscription, without its secret")
    public record WebhookView(
            long id,
            String url,
            List<String> events,
            @Schema(nullable = true) String description,
            @Schema(enumeration = {"active", "disabled"}) String status,

            @Schema(description = "staff, or the partner's slug")
            String owner,

            Instant createdAt,

            @Schema(
                    nullable = true,
                    description = "Since when deliveries have failed without a success; null when the last succeeded")
            Instant failingSince,

            @Schema(nullable = true, description = "When it was disabled; null while active")
            Instant disabledAt) {}

    @Schema(name = "CreatedWebhook", description = "A new subscription; the secret is shown this once and never again")
    public record CreatedWebhook(
            WebhookView webhook,

            @Schema(
                    description = "The Standard Webhooks signing secret (whsec_ and base64); keep it to verify"
                            + " webhook-signature")
            String secret) {}

    @Schema(name = "WebhookList", description = "Webhook subscriptions, newest first")
    public record WebhookList(
            List<WebhookView> items,
            @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "WebhookAttempt", description = "One try at a delivery")
    public record AttemptView(
            Instant attemptedAt,

            @Schema(
                    nullable = true,
                    description = "The receiver's HTTP status; null when it did not answer (see error)")
            Integer statusCode,

            long latencyMs,

            @Schema(
                    nullable = true,
                    description = "Why there was no answer: a timeout, a refused connection, a refused target")
            String error,

            @Schema(nullable = true, description = "The first 1,000 characters of the receiver's answer")
            String responseExcerpt) {}

    @Schema(name = "WebhookDelivery", description = "One event sent to one subscription, with every attempt")
    public record DeliveryView(
            long id,

            @Schema(description = "The webhook-id header the receiver gets (the same on every attempt)")
            String webhookId,

            long eventId,
            @Schema(nullable = true) String eventType,

            @Schema(enumeration = {"pending", "delivered", "failed"})
            String status,

            int attemptCount,

            @Schema(nullable = true, description = "When the next attempt is due, for a pending delivery")
            Instant nextAttemptAt,

            Instant createdAt,

            @Schema(nullable = true, description = "When the receiver accepted it")
            Instant deliveredAt,

            List<AttemptView> attempts) {}

    @Schema(name = "WebhookDeliveryPage", description = "Deliveries, newest first")
    public record DeliveryPage(
            List<DeliveryView> items,
            @Schema(nullable = true) String nextCursor) {}
}
