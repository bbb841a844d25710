package io.lede.comment;

import static io.lede.comment.CommentsApiTest.comment;
import static io.lede.comment.CommentsApiTest.email;
import static io.lede.comment.CommentsApiTest.knownReader;
import static io.lede.comment.CommentsApiTest.post;
import static io.lede.comment.CommentsApiTest.publishedSlug;
import static io.lede.comment.CommentsApiTest.says;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A comment changes the cached answers that show it or count it, and no others. */
@QuarkusTest
class CommentCacheTest {

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private static long commentCount(String slug) {
        return given().get("/api/v1/articles/" + slug).jsonPath().getLong("commentCount");
    }

    private static List<Long> threadIds(String slug) {
        return given().get("/api/v1/articles/" + slug + "/comments?limit=100")
                .jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void anApprovedCommentRebuildsItsArticlesAnswersAndNoOthers() {
        String commented = publishedSlug();
        String other = publishedSlug();
        String reader = knownReader(commented);
        long before = commentCount(commented);
        threadIds(commented);
        commentCount(other);
        threadIds(other);
        given().get("/api/v1/tags").then().statusCode(200);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        long id = post(commented, comment(reader, says()))
                .then()
                .statusCode(201)
                .body("status", equalTo("approved"))
                .extract()
                .jsonPath()
                .getLong("id");

        statistics.clear();
        commentCount(other);
        threadIds(other);
        given().get("/api/v1/tags").then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount())
                .as("statements to answer for an article whose comments did not change")
                .isZero();

        assertThat(commentCount(commented)).isEqualTo(before + 1);
        assertThat(threadIds(commented)).contains(id);
        given().get("/api/v1/articles?limit=100")
                .then()
                .body("items.find { it.slug == '" + commented + "' }.commentCount", equalTo((int) before + 1));
        given().get("/api/v1/articles/" + commented + "/comments?limit=100")
                .then()
                .header("Surrogate-Key", org.hamcrest.Matchers.containsString("comments-article-"));
    }

    @Test
    void anotherInstancesModerationIsSeenWithinASecond() throws InterruptedException {
        String slug = publishedSlug();
        long id = post(slug, comment(email(), says()))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .extract()
                .jsonPath()
                .getLong("id");
        assertThat(threadIds(slug)).doesNotContain(id);

        // Another instance approves it in the shared database, moving the article's comment version as it does.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update comment set status = 'APPROVED' where id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            em.createNativeQuery("update article set comments_version = comments_version + 1,"
                            + " comments_changed_at = :now where id = (select article_id from comment where id = :id)")
                    .setParameter("now", Instant.now())
                    .setParameter("id", id)
                    .executeUpdate();
        });

        long waited = 0;
        while (!threadIds(slug).contains(id)) {
            assertThat(waited)
                    .as("milliseconds waited for the other instance's approval")
                    .isLessThan(1_000);
            Thread.sleep(50);
            waited += 50;
        }
        given().get("/api/v1/articles/" + slug + "/comments?limit=100").then().body("items.id", hasItem((int) id));
    }
}
