package io.lede.syndication;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.lede.Api;
import io.lede.web.AnotherInstance;
import io.lede.web.RateLimitedException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotas per key on the shared limiter. The test profile's default plan is 10000 requests per hour with a burst of
 * 1000 per second; quotas sync every second.
 */
@QuarkusTest
class PartnerQuotasTest {

    private static final String HEADER = "limit=\\d+, remaining=\\d+, reset=\\d+";

    @Inject
    QuotaConfig config;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static long newPartner(String name) {
        return staff().body(Map.of(
                        "name", name, "contact", "desk@wire.example", "tier", "standard", "formats", List.of("json")))
                .post("/api/v1/admin/partners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A key with this plan (null: the default), as the issue answer has it. */
    static Map<String, Object> issueKey(long partner, Map<String, Object> plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Site");
        if (plan != null) {
            body.put("plan", plan);
        }
        return staff().body(body)
                .post("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    static Map<String, Object> plan(long requests, long windowSeconds, long burst) {
        return Map.of("requests", requests, "windowSeconds", windowSeconds, "burst", burst);
    }

    static Response me(Object key) {
        return given().header("Authorization", "Bearer " + key).get("/api/v1/partner/me");
    }

    @Test
    void everyAnswerToAKeyCarriesTheQuotaHeaders() {
        Map<String, Object> key = issueKey(newPartner("Wire " + Api.unique("h")), null);
        assertThat(key.get("defaultPlan")).isEqualTo(true);
        assertThat(key.get("plan")).isEqualTo(Map.of("requests", 10000, "windowSeconds", 3600, "burst", 1000));

        me(key.get("key"))
                .then()
                .statusCode(200)
                .header("RateLimit", matchesPattern(HEADER))
                .header("RateLimit", containsString("remaining=999"))
                .header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"));
        given().header("Authorization", "Bearer " + key.get("key"))
                .queryParam("limt", 5)
                .get("/api/v1/partner/me")
                .then()
                .statusCode(400)
                .header("RateLimit", matchesPattern(HEADER))
                .header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"));
        given().header("Authorization", "Bearer " + key.get("key"))
                .queryParam("from", "yesterday")
                .get("/api/v1/partner/usage")
                .then()
                .statusCode(400)
                .header("RateLimit", matchesPattern(HEADER))
                .header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"));

        // No key, no quota to report; a staff token on a partner operation is no partner either.
        given().get("/api/v1/partner/me").then().statusCode(401).header("RateLimit", nullValue());
        staff().get("/api/v1/partner/me").then().statusCode(403).header("RateLimit", nullValue());
        // Other operations called with a partner key spend nothing.
        given().header("Authorization", "Bearer " + key.get("key"))
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("RateLimit", nullValue());
    }

    @Test
    void pastThePlanA429WithRetryAfter() throws InterruptedException {
        Map<String, Object> key = issueKey(newPartner("Wire " + Api.unique("q")), plan(3, 600, 3));
        assertThat(key.get("defaultPlan")).isEqualTo(false);
        for (int left = 2; left >= 0; left--) {
            me(key.get("key"))
                    .then()
                    .statusCode(200)
                    .header("RateLimit", containsString("limit=3, remaining=" + left + ", reset="))
                    .header("RateLimit-Policy", equalTo("3;w=600, 3;w=1"));
        }
        // The burst (3 a second) is spent as well: past it, the answer says to wait the second out.
        me(key.get("key"))
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("detail", containsString("in a burst"));
        Thread.sleep(1100);
        Response refused = me(key.get("key"));
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit", containsString("limit=3, remaining=0"))
                .header("RateLimit-Policy", equalTo("3;w=600, 3;w=1"))
                .body("type", equalTo("urn:lede:problem:rate-limited"))
                .body("detail", containsString("requests with this key: the limit is 3 per 600 seconds"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(590L, 600L);
    }

    @Test
    void aPlanSetLaterAppliesToTheNextRequest() {
        long partner = newPartner("Wire " + Api.unique("c"));
        Map<String, Object> key = issueKey(partner, null);
        me(key.get("key")).then().statusCode(200).header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"));

        String planPath = "/api/v1/admin/partners/" + partner + "/keys/" + key.get("id") + "/plan";
        staff().body(plan(2, 60, 2))
                .put(planPath)
                .then()
                .statusCode(200)
                .body("plan.requests", equalTo(2))
                .body("plan.windowSeconds", equalTo(60))
                .body("defaultPlan", equalTo(false));
        staff().get("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .body("items[0].plan.burst", equalTo(2))
                .body("items[0].defaultPlan", equalTo(false));

        // One request was already spent in this window, and it still counts under the new plan.
        me(key.get("key"))
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo("2;w=60, 2;w=1"))
                .header("RateLimit", containsString("limit=2, remaining=0"));
        me(key.get("key")).then().statusCode(429);

        staff().delete(planPath).then().statusCode(200).body("defaultPlan", equalTo(true));
        me(key.get("key")).then().statusCode(200).header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"));

        staff().body(plan(2, 60, 3))
                .put(planPath)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("plan.burst"));
        staff().body(Map.of("requests", 0, "windowSeconds", 60, "burst", 1))
                .put(planPath)
                .then()
                .statusCode(400);
        staff().body(Map.of("name", "Site", "plan", Map.of("requests", 5)))
                .post("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .statusCode(400);
        staff().body(plan(2, 60, 2))
                .put("/api/v1/admin/partners/" + partner + "/keys/999999/plan")
                .then()
                .statusCode(404);
    }

    @Test
    void aRotatedKeyKeepsItsPlan() {
        long partner = newPartner("Wire " + Api.unique("r"));
        Map<String, Object> key = issueKey(partner, plan(7, 60, 7));
        staff().body(Map.of())
                .post("/api/v1/admin/partners/" + partner + "/keys/" + key.get("id") + "/rotate")
                .then()
                .statusCode(201)
                .body("plan.requests", equalTo(7))
                .body("defaultPlan", equalTo(false));
    }

    /**
     * Two instances (two limiters on one database) share a key's quota. Each decides from the shared count as of
     * its last reconciliation plus what it admitted since, so within one sync interval both can spend what was left:
     * the quota is overrun by at most what the other instance admitted in that interval; after it, both refuse.
     */
    @Test
    void twoInstancesShareAQuotaAndDriftByAtMostOneSyncInterval() throws InterruptedException {
        long partner = newPartner("Wire " + Api.unique("two"));
        Map<String, Object> key = issueKey(partner, plan(10, 600, 10));
        long keyId = ((Number) key.get("id")).longValue();
        PartnerCaller caller =
                new PartnerCaller(partner, "two", keyId, "standard", List.of("json"), planOf(10, 600, 10));
        Quotas first = new Quotas(AnotherInstance.rateLimiter(), config);
        Quotas second = new Quotas(AnotherInstance.rateLimiter(), config);

        // Neither knows of the other's requests until it reconciles (a second after it first counted the key).
        int admitted = admit(second, caller, 1) + admit(first, caller, 20) + admit(second, caller, 20);
        assertThat(admitted)
                .as("each admits what it believes is left: the quota plus what the other admitted in the interval")
                .isEqualTo(20);

        Instant giveUp = Instant.now().plusSeconds(5);
        while (admit(first, caller, 1) + admit(second, caller, 1) > 0) {
            assertThat(Instant.now()).as("both learn the shared count").isBefore(giveUp);
            Thread.sleep(200);
        }
        assertThat(Instant.now()).isBefore(giveUp);
    }

    /** The HTTP path (this instance) and another instance spend one quota; the HTTP answer turns 429 within a sync. */
    @Test
    void anotherInstancesRequestsLeadToA429Here() throws InterruptedException {
        long partner = newPartner("Wire " + Api.unique("http"));
        Map<String, Object> key = issueKey(partner, plan(6, 600, 6));
        long keyId = ((Number) key.get("id")).longValue();
        me(key.get("key")).then().statusCode(200).header("RateLimit", containsString("remaining=5"));
        Thread.sleep(1300);

        Quotas other = new Quotas(AnotherInstance.rateLimiter(), config);
        PartnerCaller caller =
                new PartnerCaller(partner, "http", keyId, "standard", List.of("json"), planOf(6, 600, 6));
        assertThat(admit(other, caller, 10))
                .as("the other instance read the shared count, one request, when it first counted the key")
                .isEqualTo(5);

        Instant giveUp = Instant.now().plusSeconds(5);
        int admittedHere = 0;
        while (true) {
            Response answer = me(key.get("key"));
            if (answer.statusCode() == 429) {
                answer.then()
                        .header("Retry-After", matchesPattern("\\d+"))
                        .header("RateLimit", containsString("remaining=0"))
                        .header("RateLimit-Policy", equalTo("6;w=600, 6;w=1"));
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(200);
            admittedHere++;
            assertThat(Instant.now())
                    .as("this instance learns the other's requests")
                    .isBefore(giveUp);
            Thread.sleep(250);
        }
        assertThat(admittedHere)
                .as("at most what this instance could admit before its next reconciliation")
                .isLessThanOrEqualTo(5);
    }

    private static QuotaPlan planOf(long requests, long window, long burst) {
        return new QuotaPlan(requests, window, burst);
    }

    private static int admit(Quotas quotas, PartnerCaller caller, int times) {
        int admitted = 0;
        for (int i = 0; i < times; i++) {
            try {
                quotas.spend(caller);
                admitted++;
            } catch (RateLimitedException refused) {
                // counted as refused
            }
        }
        return admitted;
    }
}
