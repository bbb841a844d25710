package io.lede.comment;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A new comment's Location is a public URL: the comment itself, once it is approved. */
@QuarkusTest
class CommentPermalinkTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aNewCommentsLocationAnswersOnceTheCommentIsApproved() {
        String slug = Api.publishedSlug();
        Response posted = Api.postComment(slug, Api.newComment());
        posted.then().statusCode(201);
        String location = posted.header("Location");
        long id = posted.jsonPath().getLong("id");
        staff().post("/api/v1/admin/comments/" + id + "/reject").then().statusCode(200);

        given().get(location).then().statusCode(404).contentType("application/problem+json");

        staff().post("/api/v1/admin/comments/" + id + "/approve").then().statusCode(200);

        given().get(location)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("article", equalTo(slug))
                .body("parentId", nullValue())
                .body("depth", equalTo(0))
                .body("bodyHtml", containsString("harbour plans"))
                .body("createdAt", notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("editSecret")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("status")));
    }

    @Test
    void aReplySaysWhichCommentItAnswers() {
        String slug = Api.publishedSlug();
        long parent = Api.approvedComment(slug, null);
        long reply = Api.approvedComment(slug, parent);

        given().get("/api/v1/comments/" + reply)
                .then()
                .statusCode(200)
                .body("parentId", equalTo((int) parent))
                .body("depth", equalTo(1));
    }

    @Test
    void itIsCachedLikeEveryPublicReadAndFollowsAnEdit() {
        String slug = Api.publishedSlug();
        Map<String, Object> posted = Api.postComment(slug, Api.newComment())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
        Object id = posted.get("id");
        staff().post("/api/v1/admin/comments/" + id + "/approve").then().statusCode(200);

        Response first = given().get("/api/v1/comments/" + id);
        first.then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("comments-article-"));
        given().header("If-None-Match", first.header("ETag"))
                .get("/api/v1/comments/" + id)
                .then()
                .statusCode(304);

        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", posted.get("editSecret"))
                .body(Map.of("body", "Edited: the harbour plans changed again this week."))
                .put("/api/v1/comments/" + id)
                .then()
                .statusCode(200);

        given().header("If-None-Match", first.header("ETag"))
                .get("/api/v1/comments/" + id)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("changed again"))
                .body("editedAt", notNullValue());
    }

    @Test
    void hiddenCommentsAndCommentsOnHiddenArticlesAreNotFound() {
        long articleId = Api.article().published();
        String slug =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("slug");
        long top = Api.approvedComment(slug, null);
        long reply = Api.approvedComment(slug, top);
        staff().post("/api/v1/admin/comments/" + top + "/reject").then().statusCode(200);

        given().get("/api/v1/comments/" + top).then().statusCode(404);
        given().get("/api/v1/comments/" + reply).then().statusCode(404);

        long other = Api.approvedComment(slug, null);
        given().get("/api/v1/comments/" + other).then().statusCode(200);
        staff().post("/api/v1/admin/articles/" + articleId + "/unpublish")
                .then()
                .statusCode(200);

        given().get("/api/v1/comments/" + other).then().statusCode(404);
        given().get("/api/v1/comments/987654321").then().statusCode(404);
    }
}
