package io.lede.preview;

import static io.lede.Api.article;
import static io.lede.Api.publish;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreviewLinksTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDraftIsReadThroughItsLinkAsItWouldBePublishedAndNeverCachedPublicly() {
        long id = article().with("title", "Ferry timetable leaks").draft();
        JsonPath link = staff().body(Map.of())
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/admin/articles/" + id + "/previews/"))
                .body("token", startsWith("pv_"))
                .body("path", startsWith("/api/v1/preview/pv_"))
                .extract()
                .jsonPath();
        String token = link.getString("token");
        assertThat(Instant.parse(link.getString("expiresAt")))
                .isBetween(
                        Instant.now().plus(71, ChronoUnit.HOURS), Instant.now().plus(73, ChronoUnit.HOURS));

        given().get("/api/v1/preview/" + token)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .header("ETag", nullValue())
                .header("Surrogate-Key", nullValue())
                .body("id", equalTo((int) id))
                .body("title", equalTo("Ferry timetable leaks"))
                .body("bodyHtml", notNullValue())
                .body("publishedAt", notNullValue());
        // The public article is still not there, and the stored row holds a hash, not the token.
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        List<?> stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select token_hash from preview_link where article_id = :id")
                        .setParameter("id", id)
                        .getResultList());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).toString()).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(3));
    }

    @Test
    void aLinkShowsEditsAtOnceBecauseNothingKeepsIt() {
        long id = article().with("title", "First headline").draft();
        String token = createToken(id);
        given().get("/api/v1/preview/" + token).then().statusCode(200).body("title", equalTo("First headline"));

        long version = staff().get("/api/v1/admin/articles/" + id).jsonPath().getLong("version");
        staff().header("If-Match", "\"v" + version + "\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "Second headline"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().get("/api/v1/preview/" + token).then().statusCode(200).body("title", equalTo("Second headline"));
    }

    @Test
    void anExpiredLinkIsNotFound() {
        long id = article().draft();
        String token = createToken(id);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update preview_link set expires_at = :past where article_id = :id")
                        .setParameter("past", Instant.now().minusSeconds(1))
                        .setParameter("id", id)
                        .executeUpdate());

        given().get("/api/v1/preview/" + token)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store");
        staff().get("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(200)
                .body("items.status", contains("expired"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void aRevokedLinkIsNotFoundAndTheOthersStillWork() {
        long id = article().draft();
        JsonPath first = staff().body(Map.of())
                .post("/api/v1/admin/articles/" + id + "/previews")
                .jsonPath();
        String kept = createToken(id);

        staff().delete("/api/v1/admin/articles/" + id + "/previews/" + first.getLong("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("revoked"))
                .body("revokedAt", notNullValue());

        given().get("/api/v1/preview/" + first.getString("token")).then().statusCode(404);
        given().get("/api/v1/preview/" + kept).then().statusCode(200);
        staff().get("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(200)
                .body("items.status", contains("active", "revoked"));
        staff().delete("/api/v1/admin/articles/" + article().draft() + "/previews/" + first.getLong("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void anUnknownOrAlteredTokenIsNotFound() {
        long id = article().draft();
        String token = createToken(id);
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        given().get("/api/v1/preview/" + altered).then().statusCode(404);
        given().get("/api/v1/preview/pv_nothing").then().statusCode(404);
        given().get("/api/v1/preview/x").then().statusCode(404);
    }

    @Test
    void aScheduledArticleShowsItsScheduledTime() {
        long id = article().draft();
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        staff().body(Map.of("publishAt", at.toString()))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
        given().get("/api/v1/preview/" + createToken(id))
                .then()
                .statusCode(200)
                .body("publishedAt", equalTo(at.toString()));
    }

    @Test
    void aPublishedArticleGetsNoNewLinkButAnEarlierLinkKeepsWorking() {
        long id = article().with("title", "Going out").draft();
        String token = createToken(id);
        publish(id);

        staff().body(Map.of())
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/preview/" + token).then().statusCode(200).body("title", equalTo("Going out"));
    }

    @Test
    void anExpiryMustBeAheadAndWithinThirtyDays() {
        long id = article().draft();
        staff().body(Map.of("expiresAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        staff().body(Map.of("expiresAt", Instant.now().plus(31, ChronoUnit.DAYS).toString()))
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        Instant chosen = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        staff().body(Map.of("expiresAt", chosen.toString()))
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(201)
                .body("expiresAt", equalTo(chosen.toString()));
    }

    @Test
    void onlyStaffWithArticlesWriteManageLinks() {
        long id = article().draft();
        given().contentType("application/json")
                .body(Map.of())
                .post("/api/v1/admin/articles/" + id + "/previews")
                .then()
                .statusCode(401);
        given().get("/api/v1/admin/articles/" + id + "/previews").then().statusCode(401);
    }

    private static String createToken(long articleId) {
        return staff().body(Map.of())
                .post("/api/v1/admin/articles/" + articleId + "/previews")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }
}
