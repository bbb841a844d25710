package io.lede.comment;

import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.lede.comment.CommentsApiTest.comment;
import static io.lede.comment.CommentsApiTest.email;
import static io.lede.comment.CommentsApiTest.publishedSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on comment posting: scoped to the commenter and bound to the request (IETF draft). */
@QuarkusTest
class CommentIdempotencyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A text no other comment in the run has, so screening never calls it a duplicate (spam). */
    static String says() {
        return "A question from reader " + unique("q") + ": will the late ferry still stop at Gull Island?";
    }

    static Response postWithKey(String slug, String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/articles/" + slug + "/comments");
    }

    @Test
    void aRetryGetsTheFirstCommentBackWithAnEditSecretThatWorks() {
        String slug = publishedSlug();
        String key = unique("retry");
        Map<String, Object> body = comment(email(), says());
        Response first = postWithKey(slug, key, body);
        first.then().statusCode(201);

        Response retry = postWithKey(slug, key, body);

        retry.then()
                .statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.jsonPath().getInt("id")))
                .body("status", equalTo(first.jsonPath().getString("status")))
                .body("reasons", equalTo(first.jsonPath().getList("reasons")))
                .body("editSecret", equalTo(first.jsonPath().getString("editSecret")));
        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", retry.jsonPath().getString("editSecret"))
                .body(Map.of("body", "Edited through the secret the retry returned."))
                .put("/api/v1/comments/" + retry.jsonPath().getLong("id"))
                .then()
                .statusCode(200);
    }

    @Test
    void anotherReaderWithTheSameKeyGetsTheirOwnCommentAndNeverTheFirstOnesSecret() {
        String key = unique("shared-key");
        Response first = postWithKey(publishedSlug(), key, comment(email(), says()));
        first.then().statusCode(201);
        String otherSlug = publishedSlug();
        Map<String, Object> otherReader = comment(email(), says());
        otherReader.put("authorName", "Someone Else");

        Response second = postWithKey(otherSlug, key, otherReader);

        second.then().statusCode(201).body("authorName", equalTo("Someone Else"));
        assertThat(second.jsonPath().getLong("id"))
                .isNotEqualTo(first.jsonPath().getLong("id"));
        assertThat(second.jsonPath().getString("editSecret"))
                .isNotEqualTo(first.jsonPath().getString("editSecret"));
        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", second.jsonPath().getString("editSecret"))
                .body(Map.of("body", "Trying to edit the first reader's comment."))
                .put("/api/v1/comments/" + first.jsonPath().getLong("id"))
                .then()
                .statusCode(403);
    }

    @Test
    void theSameKeyWithAnotherBodyOrOnAnotherArticleIs422() {
        String slug = publishedSlug();
        String key = unique("reused");
        String email = email();
        Map<String, Object> body = comment(email, says());
        long id = postWithKey(slug, key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        postWithKey(slug, key, comment(email, says()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lede:problem:idempotency-key-reused"))
                .body("detail", containsString("different request"));
        postWithKey(publishedSlug(), key, body).then().statusCode(422).contentType("application/problem+json");

        postWithKey(slug, key, body).then().statusCode(201).body("id", equalTo((int) id));
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/comments")
                .then()
                .body("items.findAll { it.article == '" + slug + "' }", hasSize(1));
    }

    @Test
    void retriesDoNotCountAgainstThePostingLimit() {
        String slug = publishedSlug();
        String email = email();
        String key = unique("patient");
        Map<String, Object> body = comment(email, says());
        long id = postWithKey(slug, key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        for (int retry = 0; retry < 6; retry++) {
            postWithKey(slug, key, body).then().statusCode(201).body("id", equalTo((int) id));
        }

        // The test limit is 4 per email: the first post and three more, then 429.
        for (int i = 0; i < 3; i++) {
            CommentsApiTest.post(slug, comment(email, says())).then().statusCode(201);
        }
        CommentsApiTest.post(slug, comment(email, says())).then().statusCode(429);
    }
}
