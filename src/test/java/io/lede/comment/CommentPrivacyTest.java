package io.lede.comment;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader sees about comments matches the thread, and an edit secret reveals nothing about other ids. */
@QuarkusTest
class CommentPrivacyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aReplyUnderARejectedCommentIsNotCounted() {
        long articleId = Api.article().published();
        String slug = staff().get("/api/v1/admin/articles/" + articleId)
                .then()
                .extract()
                .path("slug");
        long top = approved(post(slug, null, "The new timetable leaves a gap between nine and ten."));
        approved(post(slug, top, "There is a bus in that gap, at least on weekdays."));
        given().get("/api/v1/articles/" + slug).then().statusCode(200).body("commentCount", equalTo(2));

        staff().post("/api/v1/admin/comments/" + top + "/reject").then().statusCode(200);

        given().get("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        given().get("/api/v1/articles/" + slug).then().statusCode(200).body("commentCount", equalTo(0));
        given().queryParam("limit", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.commentCount", equalTo(0));
    }

    @Test
    void aWrongEditSecretGetsTheSameAnswerForAHiddenCommentAndForNoCommentAtAll() {
        long articleId = Api.article().published();
        String slug = staff().get("/api/v1/admin/articles/" + articleId)
                .then()
                .extract()
                .path("slug");
        long hidden = post(slug, null, "A first comment from someone new waits for a moderator.")
                .then()
                .body("status", equalTo("pending"))
                .extract()
                .jsonPath()
                .getLong("id");

        Response onHidden = edit(hidden, "not-the-secret");
        Response onNothing = edit(hidden + 1_000_000, "not-the-secret");

        assertThat(onHidden.statusCode()).isEqualTo(403);
        assertThat(onNothing.statusCode()).isEqualTo(onHidden.statusCode());
        assertThat(onNothing.jsonPath().getString("detail"))
                .isEqualTo(onHidden.jsonPath().getString("detail"));
        given().header("X-Edit-Secret", "not-the-secret")
                .delete("/api/v1/comments/" + (hidden + 1_000_000))
                .then()
                .statusCode(403);
    }

    private static Response edit(long id, String secret) {
        return given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", secret)
                .body(Map.of("body", "An edit that should never land."))
                .put("/api/v1/comments/" + id);
    }

    private static Response post(String slug, Long parentId, String body) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("authorName", "Reader " + Api.unique("r"));
        comment.put("authorEmail", Api.unique("reader") + "@example.org");
        comment.put("body", body);
        if (parentId != null) {
            comment.put("parentId", parentId);
        }
        Response response =
                given().contentType(ContentType.JSON).body(comment).post("/api/v1/articles/" + slug + "/comments");
        response.then().statusCode(201);
        return response;
    }

    private static long approved(Response posted) {
        long id = posted.jsonPath().getLong("id");
        staff().post("/api/v1/admin/comments/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
