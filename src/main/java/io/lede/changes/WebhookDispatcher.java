package io.lede.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.changes.ChangeFeed.Reader;
import io.lede.changes.ChangeViews.ChangeView;
import io.lede.support.Probe;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.syndication.Partner;
import io.lede.web.OutboundTargets;
import io.lede.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Every instance runs one; they share the outbox safely: a claim takes due rows with
 * {@code FOR UPDATE SKIP LOCKED} (another instance skips them instead of waiting) and leases them under a token until
 * the lease runs out, and only the lease holder records the outcome. An instance that dies mid-delivery leaves its
 * lease to expire, and the row is due again: every event is delivered, each attempt by one instance. Attempts are
 * logged whatever the outcome; failures are retried with exponential backoff and jitter until
 * {@link WebhooksConfig#retryFor()}, and a subscription with no success for {@link WebhooksConfig#disableAfter()}
 * is disabled.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int EXCERPT = 1000;

    private final EntityManager em;
    private final DataSource dataSource;
    private final WebhooksConfig config;
    private final ObjectMapper json;
    private final OutboundTargets targets;
    private final HttpClient http;
    private final boolean skipLocked;
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    public WebhookDispatcher(EntityManager em, DataSource dataSource, WebhooksConfig config, ObjectMapper json) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
        this.json = json;
        this.targets =
                new OutboundTargets(config.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.skipLocked = true;
        this.senders = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "lede-webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The guard subscriptions are checked with, at subscription and again at each delivery. */
    OutboundTargets targets() {
        return targets;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        long millis = config.poll().toMillis();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lede-webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
        senders.shutdownNow();
    }

    private void runQuietly() {
        try {
            if (!Probe.finds(
                    dataSource,
                    "select 1 from webhook_delivery where status = 'pending' and next_attempt_at <= ?"
                            + " fetch first 1 rows only",
                    Timestamps.now())) {
                return;
            }
            while (runOnce() == config.batch()) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not send webhook deliveries; trying again shortly");
        }
    }

    /** Claims due deliveries and sends them; returns how many it claimed. Safe to call from several threads. */
    public int runOnce() {
        String token = UUID.randomUUID().toString();
        List<Long> claimed = QuarkusTransaction.requiringNew().call(() -> claim(token));
        List<Future<?>> sending = new ArrayList<>();
        for (Long id : claimed) {
            sending.add(senders.submit(() -> send(id, token)));
        }
        for (Future<?> future : sending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.debugf(e, "A webhook delivery failed unexpectedly; its lease will run out and it is retried");
            }
        }
        return claimed.size();
    }

    @SuppressWarnings("unchecked")
    private List<Long> claim(String token) {
        Instant now = Timestamps.now();
        List<Long> ids = ((List<Number>) em.createNativeQuery("select d.id from webhook_delivery d"
                                + " where d.status = 'pending' and d.next_attempt_at <= :now"
                                + " and (d.lease_until is null or d.lease_until < :now)"
                                + " and exists (select 1 from webhook_subscription s where s.id = d.subscription_id"
                                + " and s.status = 'active') order by d.next_attempt_at, d.id"
                                + " fetch first " + config.batch() + " rows only for update"
                                + (skipLocked ? " skip locked" : ""))
                        .setParameter("now", now)
                        .getResultList())
                .stream().map(Number::longValue).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update webhook_delivery set lease_until = :until, lease_token = :token,"
                            + " attempts = attempts + 1 where id in (:ids)")
                    .setParameter("until", now.plus(config.lease()))
                    .setParameter("token", token)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    /** What to send, read in a short transaction of its own; the request goes out with no transaction open. */
    private record Outgoing(String url, String secret, String webhookId, String body) {}

    private void send(long deliveryId, String token) {
        Outgoing outgoing = QuarkusTransaction.requiringNew().call(() -> outgoing(deliveryId));
        if (outgoing == null) {
            return; // the subscription was deleted since the claim
        }
        Instant attemptedAt = Timestamps.now();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        String excerpt = null;
        try {
            URI uri = targets.check("url", outgoing.url());
            long timestamp = attemptedAt.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Lede-Webhooks/1")
                    .header("webhook-id", outgoing.webhookId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header(
                            "webhook-signature",
                            WebhookSignature.sign(outgoing.secret(), outgoing.webhookId(), timestamp, outgoing.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream body = response.body()) {
                excerpt = new String(body.readNBytes(EXCERPT), StandardCharsets.UTF_8);
            }
        } catch (ProblemException e) {
            error = "refused: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Integer answered = status;
        String failure = error;
        String kept = excerpt;
        QuarkusTransaction.requiringNew()
                .run(() -> record(deliveryId, token, attemptedAt, answered, latency, failure, kept));
    }

    private Outgoing outgoing(long deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null) {
            return null;
        }
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        ChangeEvent event = ChangeEvent.findById(delivery.eventId);
        Reader reader = Reader.STAFF;
        if (subscription.partnerId != null) {
            Partner partner = Partner.findById(subscription.partnerId);
            reader = Reader.partner(partner == null ? null : partner.tier);
        }
        ChangeView view =
                ChangeFeed.view(event, reader, config.apiBaseUrl().orElse("").replaceAll("/+$", ""));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type);
        payload.put("timestamp", event.occurredAt.toString());
        payload.put("data", view);
        try {
            return new Outgoing(
                    subscription.url, subscription.secret, "msg_" + delivery.id, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(
            long deliveryId,
            String token,
            Instant attemptedAt,
            Integer status,
            long latency,
            String error,
            String excerpt) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = deliveryId;
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = status;
        attempt.latencyMs = latency;
        attempt.error = error == null ? null : Text.clip(error, 500);
        attempt.responseExcerpt = excerpt == null ? null : Text.clip(excerpt, EXCERPT);
        attempt.persist();
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null
                || !token.equals(delivery.leaseToken)
                || !delivery.status.equals(WebhookDelivery.PENDING)) {
            return; // the lease ran out and another instance took the delivery over: it records its own outcome
        }
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        Instant now = Timestamps.now();
        delivery.leaseUntil = null;
        delivery.leaseToken = null;
        if (status != null && status >= 200 && status < 300) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            subscription.failingSince = null;
            return;
        }
        Instant next = now.plus(backoff(delivery.attempts));
        if (next.isAfter(delivery.createdAt.plus(config.retryFor()))) {
            delivery.status = WebhookDelivery.FAILED;
        } else {
            delivery.nextAttemptAt = next;
        }
        if (subscription.failingSince == null) {
            subscription.failingSince = attemptedAt;
        } else if (!now.isBefore(subscription.failingSince.plus(config.disableAfter()))) {
            subscription.status = WebhookSubscription.DISABLED;
            subscription.disabledAt = now;
            LOG.infof(
                    "Disabled webhook subscription %d: no delivery has succeeded since %s",
                    subscription.id, subscription.failingSince);
        }
    }

    /** Doubles from the first retry's delay up to the maximum; jitter takes up to half off, so retries spread. */
    Duration backoff(int attempts) {
        long first = config.firstRetry().toMillis();
        long max = config.maxDelay().toMillis();
        long delay = first;
        for (int i = 1; i < attempts && delay < max; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, max);
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }
}
