package io.lede.comment;

import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.lede.comment.CommentIdempotencyTest.postWithKey;
import static io.lede.comment.CommentsApiTest.comment;
import static io.lede.comment.CommentsApiTest.email;
import static io.lede.comment.CommentsApiTest.publishedSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A retry that arrives while the first request with its key is still being carried out: the first is held up in
 * the (stand-in) spam service, which answers after 300 ms or after 5 s.
 */
@QuarkusTest
@TestProfile(AkismetCheckTest.WithSpamService.class)
class IdempotentRetryInFlightTest {

    @BeforeAll
    static void startTheService() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        AkismetCheckTest.startTheService();
    }

    @AfterAll
    static void stopTheService() {
        AkismetCheckTest.stopTheService();
    }

    /** Posts in the background and returns once the spam service has the post in hand. */
    static CompletableFuture<Response> postInBackground(String slug, String key, Map<String, Object> body) {
        String marker = (String) body.get("body");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> postWithKey(slug, key, body));
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (AkismetCheckTest.REQUESTS.stream().noneMatch(form -> form.contains(marker))) {
            assertThat(Instant.now()).as("the spam service was asked").isBefore(giveUp);
            AkismetCheckTest.pause(20);
        }
        return first;
    }

    @Test
    void aRetryWhileTheFirstIsInFlightWaitsForItAndGetsTheSameComment() {
        String slug = publishedSlug();
        String key = unique("in-flight");
        Map<String, Object> body =
                comment(email(), "Is the ferry pier briefly-considered for repairs? " + unique("marker"));
        CompletableFuture<Response> first = postInBackground(slug, key, body);

        Response retry = postWithKey(slug, key, body);

        retry.then().statusCode(201);
        assertThat(first.join().statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getLong("id"))
                .isEqualTo(first.join().jsonPath().getLong("id"));
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/comments")
                .then()
                .body("items.findAll { it.article == '" + slug + "' }", hasSize(1));
    }

    @Test
    void aRetryThatOutwaitsTheFirstIs409WithRetryAfterAndThenGetsItsAnswer() {
        String slug = publishedSlug();
        String key = unique("slow");
        Map<String, Object> body =
                comment(email(), "Has the tram depot been slowly-considered by anyone? " + unique("marker"));
        CompletableFuture<Response> first = postInBackground(slug, key, body);

        postWithKey(slug, key, body)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:lede:problem:idempotency-key-in-use"))
                .body("detail", containsString("still being carried out"));

        long id = first.join().then().statusCode(201).extract().jsonPath().getLong("id");
        postWithKey(slug, key, body).then().statusCode(201).body("id", equalTo((int) id));
    }
}
