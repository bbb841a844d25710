package io.lede.web;

import static io.lede.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.lede.Api;
import io.lede.comment.CommentConfig;
import io.lede.comment.CommentKeys;
import io.lede.comment.Commenter;
import io.lede.comment.RateLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Limits are counted in the database: a second instance (here, a second limiter with no memory of its own, on the
 * same database) sees the first one's uses, and a restart (a fresh limiter) forgets nothing. The test profile
 * allows 4 posts per email address in 10 minutes.
 */
@QuarkusTest
class SharedRateLimitsTest {

    @Inject
    RateLimitCounters counters;

    @Inject
    Housekeeping housekeeping;

    @Inject
    CommentConfig config;

    @Inject
    CommentKeys keys;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Another instance of the comment limits, sharing nothing with this one but the database. */
    RateLimits anotherInstance() {
        return new RateLimits(new RateLimiter(counters, housekeeping), config);
    }

    static String publishedSlug() {
        long id = Api.article().published();
        return Api.staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    static Response post(String slug, String email, int n) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "authorName",
                        "Two Instances",
                        "authorEmail",
                        email,
                        "body",
                        "Note " + n + " on the harbour tram, from a reader who posts often: " + unique("n")))
                .post("/api/v1/articles/" + slug + "/comments");
    }

    @Test
    void twoInstancesShareOnePostingLimit() {
        String slug = publishedSlug();
        String email = unique("shared") + "@example.org";
        Commenter sameReader = keys.commenter("127.0.0.1", email);
        RateLimits other = anotherInstance();

        post(slug, email, 1).then().statusCode(201);
        post(slug, email, 2).then().statusCode(201);
        other.spend(sameReader);
        post(slug, email, 4).then().statusCode(201);

        assertThatThrownBy(() -> other.spend(sameReader)).isInstanceOf(RateLimitedException.class);
        post(slug, email, 6)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", containsString("remaining=0"))
                .header("RateLimit-Policy", equalTo("4;w=600"))
                .body("detail", containsString("comments from this email address"));
    }

    @Test
    void aRestartKeepsWhatWasSpent() {
        String slug = publishedSlug();
        String email = unique("restart") + "@example.org";
        for (int n = 1; n <= 4; n++) {
            post(slug, email, n).then().statusCode(201);
        }

        RateLimits afterRestart = anotherInstance();

        assertThatThrownBy(() -> afterRestart.spend(keys.commenter("127.0.0.1", email)))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(refused -> assertThat(((RateLimitedException) refused).resetSeconds())
                        .isBetween(1L, 600L));
    }

    @Test
    void reconciledLimitsCountInMemoryAndSettleAcrossInstances() {
        RateLimitPolicy quota =
                RateLimitPolicy.reconciled("test-quota", "reads", 10, Duration.ofMinutes(10), Duration.ofMillis(100));
        String partner = unique("partner");
        RateLimiter first = new RateLimiter(counters, housekeeping);
        RateLimiter second = new RateLimiter(counters, housekeeping);
        for (int i = 0; i < 6; i++) {
            first.spend(quota.by(partner));
        }
        awaitSharedCount(quota, partner, 6);

        for (int i = 0; i < 4; i++) {
            second.spend(quota.by(partner));
        }
        assertThatThrownBy(() -> second.spend(quota.by(partner))).isInstanceOf(RateLimitedException.class);
        awaitSharedCount(quota, partner, 10);
        Instant giveUp = Instant.now().plusSeconds(10);
        while (!refuses(first, quota.by(partner))) {
            assertThat(Instant.now())
                    .as("the first instance learns the second's uses")
                    .isBefore(giveUp);
            pause();
        }
    }

    private static boolean refuses(RateLimiter limiter, RateLimitPolicy.Use use) {
        try {
            limiter.spend(use);
            return false;
        } catch (RateLimitedException e) {
            return true;
        }
    }

    private void awaitSharedCount(RateLimitPolicy policy, String subject, long used) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (true) {
            long shared = counters.add(
                            java.util.List.of(new RateLimitCounters.Addition(
                                    policy.name(), subject, 0, Instant.now().plus(policy.window()))),
                            io.lede.support.Timestamps.now())
                    .get(0)
                    .used();
            if (shared == used) {
                return;
            }
            assertThat(Instant.now())
                    .as("the shared count reaches " + used + " (it is " + shared + ")")
                    .isBefore(giveUp);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
