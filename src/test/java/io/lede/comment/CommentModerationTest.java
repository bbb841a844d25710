package io.lede.comment;

import static io.lede.Api.staff;
import static io.lede.comment.CommentsApiTest.comment;
import static io.lede.comment.CommentsApiTest.email;
import static io.lede.comment.CommentsApiTest.knownReader;
import static io.lede.comment.CommentsApiTest.moderate;
import static io.lede.comment.CommentsApiTest.post;
import static io.lede.comment.CommentsApiTest.publishedSlug;
import static io.lede.comment.CommentsApiTest.says;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentModerationTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aClosedArticleTakesNoCommentsUntilReopened() {
        String slug = publishedSlug();
        String email = knownReader(slug);

        staff().post("/api/v1/admin/articles/" + slug + "/comments/close")
                .then()
                .statusCode(204);
        post(slug, comment(email, says()))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lede:problem:comments-closed"));

        staff().post("/api/v1/admin/articles/" + slug + "/comments/reopen")
                .then()
                .statusCode(204);
        post(slug, comment(email, says())).then().statusCode(201);
    }

    @Test
    void aBannedAuthorCannotPostUntilTheBanIsLifted() {
        String slug = publishedSlug();
        String email = email();
        long id = post(slug, comment(email, says())).jsonPath().getLong("id");

        List<Integer> bans = staff().body(Map.of("days", 7, "reason", "abuse"))
                .post("/api/v1/admin/comments/" + id + "/ban")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("email"))
                .body("items", not(hasItem(org.hamcrest.Matchers.hasKey("valueHash"))))
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
        post(slug, comment(email, says())).then().statusCode(403).body("type", equalTo("urn:lede:problem:banned"));

        for (int ban : bans) {
            staff().delete("/api/v1/admin/comments/bans/" + ban).then().statusCode(204);
        }
        post(slug, comment(email, says())).then().statusCode(201);
    }

    @Test
    void aReportedCommentGoesBackToTheQueue() {
        String slug = publishedSlug();
        String email = knownReader(slug);
        long id = post(slug, comment(email, says()))
                .then()
                .body("status", equalTo("approved"))
                .extract()
                .jsonPath()
                .getLong("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "off-topic"))
                .post("/api/v1/comments/" + id + "/reports")
                .then()
                .statusCode(202);

        given().get("/api/v1/articles/" + slug + "/comments").then().body("items.id", not(hasItem((int) id)));
        staff().get("/api/v1/admin/comments")
                .then()
                .body("items.find { it.id == " + id + " }.reasons", hasItem("reported"));
    }

    @Test
    void moderatorsDeleteRestoreAndDecideInBulk() {
        String slug = publishedSlug();
        long first = post(slug, comment(email(), says())).jsonPath().getLong("id");
        long second = post(slug, comment(email(), says())).jsonPath().getLong("id");

        staff().body(Map.of("ids", List.of(first, second), "action", "approve"))
                .post("/api/v1/admin/comments/bulk")
                .then()
                .statusCode(200)
                .body("items.status", contains("approved", "approved"));
        staff().delete("/api/v1/admin/comments/" + first).then().statusCode(200).body("status", equalTo("deleted"));
        given().get("/api/v1/articles/" + slug + "/comments").then().body("items.id", contains((int) second));

        staff().post("/api/v1/admin/comments/" + first + "/restore").then().statusCode(200);
        given().get("/api/v1/articles/" + slug + "/comments").then().body("items", hasSize(2));
        staff().queryParam("comment", first)
                .get("/api/v1/admin/comments/log")
                .then()
                .statusCode(200)
                .body("items.action", contains("approved", "deleted", "approved"))
                .body("items.actor", hasItem("bootstrap"));
        staff().body(Map.of("ids", List.of(first), "action", "explode"))
                .post("/api/v1/admin/comments/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("action"));
    }

    @Test
    void erasingACommenterLeavesTombstonesInTheThreadAndExportShowsWhatWasStored() {
        String slug = publishedSlug();
        String email = email();
        long root = post(slug, comment(email, says())).jsonPath().getLong("id");
        moderate(root, "approve");
        Map<String, Object> reply = comment(email(), says());
        reply.put("parentId", root);
        long answer = post(slug, reply).jsonPath().getLong("id");
        moderate(answer, "approve");

        staff().body(Map.of("email", email))
                .post("/api/v1/admin/comments/export")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) root))
                .body("items[0].article", equalTo(slug));
        staff().body(Map.of("email", email.toUpperCase()))
                .post("/api/v1/admin/comments/erase")
                .then()
                .statusCode(200)
                .body("erased", equalTo(1));

        given().get("/api/v1/articles/" + slug + "/comments")
                .then()
                .body("items[0].authorName", equalTo("[erased]"))
                .body("items[0].bodyHtml", containsString("erased"))
                .body("items[0].replies.id", contains((int) answer));
        staff().body(Map.of("email", email))
                .post("/api/v1/admin/comments/export")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void theFirstPageOfABusyArticleCostsAFixedNumberOfStatements() {
        String slug = publishedSlug();
        for (int i = 0; i < 6; i++) {
            long id = post(slug, comment(email(), says())).jsonPath().getLong("id");
            moderate(id, "approve");
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        given().queryParam("limit", 2)
                .get("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(200);
        long small = statistics.getPrepareStatementCount();
        statistics.clear();
        given().queryParam("limit", 6)
                .get("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(200);

        assertThat(small).isLessThanOrEqualTo(3);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(small);
    }
}
