package io.lede.warmup;

import static io.lede.Api.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicReadsWarmUpTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    PublicReadsWarmUp warmUp;

    private SessionFactoryImplementor sessionFactory() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    }

    /** Hibernate's parsed queries, as after a restart. */
    private void forgetParsedQueries() {
        sessionFactory().getQueryEngine().getInterpretationCache().close();
    }

    private long queriesParsedWhileReading(int limit, String slug) {
        Statistics statistics = sessionFactory().getStatistics();
        long before = statistics.getQueryPlanCacheMissCount();
        // A limit no other request used, so the answers are built now rather than served from memory.
        given().get("/api/v1/articles?limit=" + limit).then().statusCode(200);
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        given().get("/api/v1/articles/" + slug + "/comments?limit=" + limit)
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/" + slug + "/quotes").then().statusCode(200);
        given().get("/api/v1/tags?limit=" + limit).then().statusCode(200);
        return statistics.getQueryPlanCacheMissCount() - before;
    }

    /** A published article no request has read yet, so its answers are built, not served from memory. */
    private static String unreadArticle() {
        long id = article().published();
        return given().header("Authorization", "Bearer dev-admin-token")
                .get("/api/v1/admin/articles/" + id)
                .jsonPath()
                .getString("slug");
    }

    @Test
    void afterTheWarmUpTheFirstReadersParseNoQuery() {
        String first = unreadArticle();
        String second = unreadArticle();

        forgetParsedQueries();
        assertThat(queriesParsedWhileReading(17, first)).isPositive();

        forgetParsedQueries();
        warmUp.run();
        assertThat(queriesParsedWhileReading(18, second)).isZero();
    }
}
