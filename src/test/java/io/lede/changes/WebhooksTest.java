package io.lede.changes;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhooksTest {

    @Inject
    EntityManager em;

    @Inject
    WebhookDispatcher dispatcher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The receiving side of Standard Webhooks, written from the spec, not from Lede's code. */
    static boolean verify(String secret, Receiver.Received message) throws Exception {
        String id = message.header("webhook-id");
        String timestamp = message.header("webhook-timestamp");
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + message.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : message.header("webhook-signature").split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    static JsonPath subscribe(String credential, String url, String... events) {
        return Api.as(credential)
                .body(Map.of("url", url, "events", List.of(events), "description", "test receiver"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    static JsonPath deliveries(long subscription) {
        return staff().get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aDeliveryIsSignedPerStandardWebhooksAndLogged() throws Exception {
        try (Receiver receiver = new Receiver(n -> 202)) {
            JsonPath created = subscribe(Api.ADMIN_TOKEN, receiver.url(), "article.published");
            String secret = created.getString("secret");
            long subscription = created.getLong("webhook.id");
            assertThat(secret).startsWith("whsec_");
            staff().get("/api/v1/webhooks/" + subscription)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"))
                    .body("owner", equalTo("staff"))
                    .body("$", not(org.hamcrest.Matchers.hasKey("secret")));

            long article = Api.article().published();
            await("the receiver has the event", () -> receiver.received.stream()
                    .anyMatch(m -> m.body().contains("\"id\":" + article + ",")));
            Receiver.Received message = receiver.received.stream()
                    .filter(m -> m.body().contains("\"id\":" + article + ","))
                    .findFirst()
                    .orElseThrow();
            assertThat(verify(secret, message)).isTrue();
            assertThat(verify(WebhookSignature.newSecret(), message)).isFalse();
            JsonPath body = new JsonPath(message.body());
            assertThat(body.getString("type")).isEqualTo("article.published");
            assertThat(body.getLong("data.item.id")).isEqualTo(article);
            assertThat(body.getString("data.etag")).startsWith("\"v");
            assertThat(message.header("webhook-id")).startsWith("msg_");

            await(
                    "the delivery is recorded",
                    () -> deliveries(subscription).getList("items").size() == 1
                            && deliveries(subscription)
                                    .getString("items[0].status")
                                    .equals("delivered"));
            deliveries(subscription);
            staff().get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then()
                    .body("items[0].webhookId", equalTo(message.header("webhook-id")))
                    .body("items[0].eventType", equalTo("article.published"))
                    .body("items[0].attemptCount", equalTo(1))
                    .body("items[0].attempts[0].statusCode", equalTo(202))
                    .body("items[0].attempts[0].responseExcerpt", equalTo("answer 1"));
            staff().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        }
    }

    @Test
    void failuresAndTimeoutsAreRetriedUntilTheReceiverRecovers() throws Exception {
        try (Receiver receiver = new Receiver(n -> n == 1 ? 500 : n == 2 ? Receiver.HANG : 200)) {
            long subscription =
                    subscribe(Api.ADMIN_TOKEN, receiver.url(), "article.*").getLong("webhook.id");
            Api.article().published();
            await("the third attempt succeeds", () -> "delivered"
                    .equals(deliveries(subscription).getString("items[0].status")));
            JsonPath log = deliveries(subscription);
            assertThat(log.getList("items")).hasSize(1);
            assertThat(log.getInt("items[0].attemptCount")).isEqualTo(3);
            assertThat(log.getList("items[0].attempts.statusCode")).containsExactly(500, null, 200);
            assertThat(log.getString("items[0].attempts[1].error")).contains("Timeout");
            assertThat(log.getLong("items[0].attempts[1].latencyMs")).isGreaterThanOrEqualTo(1_900);
            List<String> ids = receiver.received.stream()
                    .map(m -> m.header("webhook-id"))
                    .distinct()
                    .toList();
            assertThat(ids).hasSize(1);
            staff().get("/api/v1/webhooks/" + subscription).then().body("failingSince", equalTo(null));

            long delivery = log.getLong("items[0].id");
            staff().post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver")
                    .then()
                    .statusCode(202);
            await("the redelivery arrives", () -> receiver.received.size() >= 4);
            assertThat(receiver.received.stream()
                            .map(m -> m.header("webhook-id"))
                            .distinct())
                    .hasSize(1);
            staff().post("/api/v1/webhooks/" + subscription + "/deliveries/999999999/redeliver")
                    .then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"));
            staff().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        }
    }

    @Test
    void aSubscriptionWithNoSuccessForADayIsDisabled() throws Exception {
        try (Receiver receiver = new Receiver(n -> 503)) {
            long subscription = subscribe(Api.ADMIN_TOKEN, receiver.url(), "*").getLong("webhook.id");
            Api.article().published();
            await("the first attempt fails", () -> !receiver.received.isEmpty());
            await(
                    "the failure is recorded",
                    () -> staff().get("/api/v1/webhooks/" + subscription)
                                    .jsonPath()
                                    .getString("failingSince")
                            != null);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "update webhook_subscription set failing_since = :then where id = :id")
                    .setParameter("then", Instant.now().minusSeconds(25 * 3600))
                    .setParameter("id", subscription)
                    .executeUpdate());
            await("it is disabled", () -> "disabled"
                    .equals(staff().get("/api/v1/webhooks/" + subscription)
                            .jsonPath()
                            .getString("status")));
            int attempts = receiver.received.size();
            Api.article().published();
            Thread.sleep(1_500);
            assertThat(receiver.received).hasSize(attempts);

            staff().post("/api/v1/webhooks/" + subscription + "/enable")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"));
            await("retries resume", () -> receiver.received.size() > attempts);
            staff().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        }
    }

    @Test
    void aDeliveryIsGivenUpAfterItsRetryWindow() throws Exception {
        try (Receiver receiver = new Receiver(n -> 500)) {
            long subscription = subscribe(Api.ADMIN_TOKEN, receiver.url(), "article.published")
                    .getLong("webhook.id");
            Api.article().published();
            await("the first attempt fails", () -> !receiver.received.isEmpty());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "update webhook_delivery set created_at = :then where subscription_id = :id")
                    .setParameter("then", Instant.now().minusSeconds(25 * 3600))
                    .setParameter("id", subscription)
                    .executeUpdate());
            await("it is given up", () -> "failed"
                    .equals(deliveries(subscription).getString("items[0].status")));
            staff().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        }
    }

    @Test
    void everyEventIsDeliveredExactlyOnceAcrossSeveralWorkers() throws Exception {
        int articles = 24;
        try (Receiver receiver = new Receiver(n -> 200)) {
            long subscription = subscribe(Api.ADMIN_TOKEN, receiver.url(), "article.published")
                    .getLong("webhook.id");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        dispatcher.runOnce();
                    }
                    return null;
                }));
            }
            for (int i = 0; i < articles; i++) {
                Api.article().published();
            }
            await("every event has arrived", () -> receiver.received.size() >= articles);
            Thread.sleep(1_500);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            Map<String, Integer> perId = new HashMap<>();
            receiver.received.forEach(m -> perId.merge(m.header("webhook-id"), 1, Integer::sum));
            assertThat(perId).hasSize(articles);
            assertThat(perId.values()).allMatch(count -> count == 1);
            staff().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        }
    }

    @Test
    void aPartnerManagesOnlyItsOwnSubscriptions() throws Exception {
        try (Receiver receiver = new Receiver(n -> 200)) {
            long mine = subscribe(Api.PARTNER_KEY, receiver.url(), "article.*").getLong("webhook.id");
            long staffs = subscribe(Api.ADMIN_TOKEN, receiver.url(), "quote.*").getLong("webhook.id");
            Api.as(Api.PARTNER_KEY)
                    .get("/api/v1/webhooks")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem((int) mine))
                    .body("items.id", not(hasItem((int) staffs)));
            Api.as(Api.PARTNER_KEY).get("/api/v1/webhooks/" + staffs).then().statusCode(404);
            Api.as(Api.PARTNER_KEY).delete("/api/v1/webhooks/" + staffs).then().statusCode(404);
            staff().get("/api/v1/webhooks/" + mine).then().statusCode(200).body("owner", not(equalTo("staff")));
            long article = Api.article().published();
            await("the partner's receiver has the event", () -> receiver.received.stream()
                    .anyMatch(m -> m.body().contains("/api/v1/partner/articles/")
                            && m.body().contains("\"id\":" + article + ",")));
            Api.as(Api.PARTNER_KEY).delete("/api/v1/webhooks/" + mine).then().statusCode(204);
            staff().delete("/api/v1/webhooks/" + staffs).then().statusCode(204);
        }
    }

    @Test
    void badSubscriptionsAreProblems() {
        staff().body(Map.of("url", "ftp://example.org/hook", "events", List.of("article.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("url"));
        staff().body(Map.of("url", "https://example.org/hook", "events", List.of("article.exploded")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", startsWith("events"));
        staff().body(Map.of("url", "https://example.org/hook", "events", List.of()))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400);
        given().get("/api/v1/webhooks").then().statusCode(401);
        staff().get("/api/v1/webhooks/999999999").then().statusCode(404);
    }
}
