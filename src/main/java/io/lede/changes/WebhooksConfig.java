package io.lede.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Webhook deliveries; under lede.webhooks. */
@ConfigMapping(prefix = "lede.webhooks")
public interface WebhooksConfig {

    /** Lets subscriptions target loopback, private and link-local hosts, over plain http too. Off in production. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Where item links in payloads point; empty: links are paths. */
    Optional<String> apiBaseUrl();

    /** Sends deliveries from this instance; every instance may, they share the outbox safely. */
    @WithDefault("true")
    boolean enabled();

    /** How often an instance looks for due deliveries. */
    @WithDefault("1S")
    Duration poll();

    /** Deliveries claimed at a time. */
    @WithDefault("20")
    int batch();

    /** How long a claim lasts: a delivery whose instance died is due again after it. */
    @WithDefault("2M")
    Duration lease();

    /** How long to wait for a receiver's answer. */
    @WithDefault("10S")
    Duration timeout();

    /** The first retry's delay (each later one doubles, up to max-delay; jitter takes up to half off). */
    @WithDefault("30S")
    Duration firstRetry();

    @WithDefault("1H")
    Duration maxDelay();

    /** A delivery is retried for this long, then given up. */
    @WithDefault("24H")
    Duration retryFor();

    /** A subscription whose deliveries have failed without a success for this long is disabled. */
    @WithDefault("24H")
    Duration disableAfter();
}
