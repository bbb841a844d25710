package io.lede.web;

import static io.lede.Api.article;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadCacheTest {

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aRepeatedPublicReadIsServedFromMemory() {
        long id = article().published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        given().get("/api/v1/articles").then().statusCode(200);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        given().get("/api/v1/articles").then().statusCode(200);
        given().get("/api/v1/articles").then().statusCode(200);

        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aWriteThroughTheApiIsVisibleOnTheNextRead() {
        long id = article().with("title", "Before").published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("Before"));

        staff().body(Map.of("title", "After"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("After"));
    }

    @Test
    void anotherInstancesWriteIsSeenWithinASecond() throws InterruptedException {
        long id = article().with("title", "Written here").published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("Written here"));

        // Another instance writes to the shared database; it bumps the content version as every write does.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update article set title = 'Written elsewhere' where id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            em.createNativeQuery("update content_change set version = version + 1 where id = 1")
                    .executeUpdate();
        });

        long waited = 0;
        while (!given().get("/api/v1/articles/" + slug)
                .jsonPath()
                .getString("title")
                .equals("Written elsewhere")) {
            assertThat(waited)
                    .as("milliseconds waited for the other instance's write")
                    .isLessThan(1_000);
            Thread.sleep(50);
            waited += 50;
        }
    }

    @Test
    void withoutAVersionBumpTheCachedAnswerStands() {
        long id = article().with("title", "Cached title").published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("Cached title"));

        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update article set title = 'Changed behind its back' where id = :id")
                        .setParameter("id", id)
                        .executeUpdate());

        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("Cached title"));
        staff().post("/api/v1/admin/articles/" + id + "/publish").then().statusCode(200);
        given().get("/api/v1/articles/" + slug).then().body("title", equalTo("Changed behind its back"));
    }
}
