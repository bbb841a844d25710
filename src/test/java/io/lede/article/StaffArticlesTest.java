package io.lede.article;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffArticlesTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creatingADraftDerivesTheSlugAndAnswersWithLocationAndVersion() {
        String author = createPerson("Eli Stone");
        Response created = staff().body(Map.of(
                        "title", "Tidal Power: Où va l'énergie?",
                        "body", "Turbines *turn* in the bay.",
                        "authors", List.of(author)))
                .post("/api/v1/admin/articles");

        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/articles/"))
                .header("ETag", "\"v0\"")
                .header("Cache-Control", "private, no-store")
                .body("slug", equalTo("tidal-power-ou-va-l-energie"))
                .body("status", equalTo("draft"))
                .body("body", equalTo("Turbines *turn* in the bay."))
                .body("bodyHtml", equalTo("<p>Turbines <em>turn</em> in the bay.</p>"))
                .body("authors[0].slug", equalTo(author))
                .body("publishAt", nullValue());

        given().header("Authorization", "Bearer dev-admin-token")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("title", equalTo("Tidal Power: Où va l'énergie?"));
        given().get("/api/v1/articles/tidal-power-ou-va-l-energie").then().statusCode(404);
    }

    @Test
    void aSecondArticleWithTheSameTitleGetsANumberedSlug() {
        String title = "Same headline " + unique("h");
        String first = staff().body(Map.of("title", title, "body", "One."))
                .post("/api/v1/admin/articles")
                .jsonPath()
                .getString("slug");
        String second = staff().body(Map.of("title", title, "body", "Two."))
                .post("/api/v1/admin/articles")
                .jsonPath()
                .getString("slug");

        assertThat(second).isEqualTo(first + "-2");
    }

    @Test
    void anExplicitSlugThatIsTakenIsAConflictAndCreatesNothing() {
        String slug = unique("taken");
        article().with("slug", slug).draft();

        staff().body(Map.of("slug", slug, "title", "Another", "body", "Text."))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(slug));
        staff().get("/api/v1/admin/articles/" + slug).then().statusCode(200).body("title", not(equalTo("Another")));
    }

    @Test
    void validationNamesEveryInvalidField() {
        staff().body(Map.of(
                        "slug", "Not A Slug",
                        "title", "",
                        "body", "",
                        "canonicalUrl", "ftp://x",
                        "copyrightYear", 12,
                        "tags", List.of("UPPER")))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Validation Failed"))
                .body("detail", equalTo("The request has 6 invalid fields."))
                .body("errors.field", contains("body", "canonicalUrl", "copyrightYear", "slug", "tags[0]", "title"));
    }

    @Test
    void unknownAuthorsAndTagsAreFieldErrors() {
        String tag = createTag();
        staff().body(Map.of(
                        "title", "x", "body", "y", "authors", List.of("nobody-here"), "tags", List.of(tag, "no-tag")))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors.field", contains("authors[0]", "tags[1]"))
                .body("errors[0].message", containsString("nobody-here"))
                .body("errors[1].message", containsString("no-tag"));
    }

    @Test
    void putNeedsIfMatchAndRefusesAStaleVersion() {
        long id = article().draft();
        Map<String, Object> replacement = Map.of("title", "Replaced title", "body", "Replaced body.");

        staff().body(replacement)
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        staff().header("If-Match", "\"v7\"")
                .body(replacement)
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(412)
                .body("detail", containsString("\"v0\""));
        staff().get("/api/v1/admin/articles/" + id).then().body("title", not(equalTo("Replaced title")));

        String etag = staff().get("/api/v1/admin/articles/" + id).header("ETag");
        staff().header("If-Match", etag)
                .body(replacement)
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("title", equalTo("Replaced title"))
                .body("bodyText", equalTo("Replaced body."));
    }

    @Test
    void patchChangesOnlyTheFieldsItNamesAndNullClears() {
        String tag = createTag();
        long id = article().with("dek", "A dek").tags(tag).draft();

        staff().contentType("application/merge-patch+json")
                .body(Map.of("title", "Patched title"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Patched title"))
                .body("dek", equalTo("A dek"))
                .body("tags.slug", contains(tag));
        staff().body("{\"dek\": null}")
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .body("dek", nullValue())
                .body("title", equalTo("Patched title"));
    }

    @Test
    void patchThatLeavesAFieldInvalidOrNamesAnUnknownFieldChangesNothing() {
        long id = article().with("title", "Kept title").draft();

        staff().body(Map.of("title", ""))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("title"));
        staff().body(Map.of("titel", "typo"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("titel"));
        staff().get("/api/v1/admin/articles/" + id).then().body("title", equalTo("Kept title"));
    }

    @Test
    void correctingAPublishedArticleAppendsToItsPublicLog() {
        long id = article().published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        staff().body(Map.of("body", "The corrected body.", "correctionNote", "The ferry leaves at 6:40, not 6:30."))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .body("correctedAt", notNullValue());
        staff().body(Map.of("correctionNote", "The harbour is in the east."))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("bodyText", equalTo("The corrected body."))
                .body("correctedAt", notNullValue())
                .body(
                        "corrections.note",
                        contains("The ferry leaves at 6:40, not 6:30.", "The harbour is in the east."));
    }

    @Test
    void aDraftTakesNoCorrectionNote() {
        long id = article().draft();

        staff().body(Map.of("correctionNote", "Nothing to correct yet"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("correctionNote"));
    }

    @Test
    void publishingUnpublishingAndRepublishingKeepsTheFirstPublicationTime() {
        long id = article().draft();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        String firstPublished = staff().post("/api/v1/admin/articles/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .extract()
                .jsonPath()
                .getString("publishAt");
        given().get("/api/v1/articles/" + slug).then().statusCode(200);

        staff().post("/api/v1/admin/articles/" + id + "/unpublish")
                .then()
                .statusCode(200)
                .body("status", equalTo("unpublished"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);

        staff().post("/api/v1/admin/articles/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("publishAt", equalTo(firstPublished))
                .body("firstPublishedAt", equalTo(firstPublished));
    }

    @Test
    void aScheduledArticleBecomesPublicAtItsTimeWithoutARestart() throws InterruptedException {
        String tag = createTag();
        long id = article().tags(tag).draft();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        Instant publishAt = Instant.now().plusSeconds(2);

        staff().body(Map.of("publishAt", publishAt.toString()))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().queryParam("tag", tag).get("/api/v1/articles").then().body("items", hasSize(0));

        Thread.sleep(Math.max(0, publishAt.toEpochMilli() - System.currentTimeMillis()) + 200);

        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        given().queryParam("tag", tag).get("/api/v1/articles").then().body("items.id", contains((int) id));
        staff().get("/api/v1/admin/articles/" + id).then().body("status", equalTo("published"));
    }

    @Test
    void schedulingNeedsAFutureTime() {
        long id = article().draft();

        staff().body(Map.of("publishAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        staff().body(Map.of("publishAt", "tomorrow"))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        staff().get("/api/v1/admin/articles/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void staffAddressArticlesByIdOrSlugAndDeleteThem() {
        long id = article().draft();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        staff().get("/api/v1/admin/articles/" + slug).then().statusCode(200).body("id", equalTo((int) id));
        staff().delete("/api/v1/admin/articles/" + slug).then().statusCode(204);
        staff().get("/api/v1/admin/articles/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentEditsOfTheSameVersionLoseNothing() throws Exception {
        long id = article().draft();
        String etag = staff().get("/api/v1/admin/articles/" + id).header("ETag");
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "Writer " + i;
            Callable<Integer> write = () -> {
                start.await();
                return staff().header("If-Match", etag)
                        .body(Map.of("title", title))
                        .patch("/api/v1/admin/articles/" + id)
                        .statusCode();
            };
            statuses.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();

        assertThat(codes).containsOnlyOnce(200);
        assertThat(codes).allMatch(code -> code == 200 || code == 409 || code == 412);
        staff().get("/api/v1/admin/articles/" + id)
                .then()
                .header("ETag", "\"v1\"")
                .body("title", org.hamcrest.Matchers.startsWith("Writer "));
    }

    @Test
    void staffListEveryStateAndFilterByStatus() {
        long draft = article().draft();
        long published = article().published();
        long scheduled = article().draft();
        staff().body(Map.of("publishAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/admin/articles/" + scheduled + "/schedule")
                .then()
                .statusCode(200);

        staff().queryParam("limit", 3)
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.id", contains((int) scheduled, (int) published, (int) draft))
                .body("items.status", contains("scheduled", "published", "draft"));
        staff().queryParam("status", "draft")
                .queryParam("limit", 100)
                .get("/api/v1/admin/articles")
                .then()
                .body("items.id", hasItem((int) draft))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("draft")));
        staff().queryParam("status", "scheduled")
                .queryParam("limit", 100)
                .get("/api/v1/admin/articles")
                .then()
                .body("items.id", hasItem((int) scheduled))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("scheduled")));
        staff().queryParam("status", "archived")
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void thePublicNeverSeesStaffOnlyFields() {
        long id = article().published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("body")))
                .body("$", not(org.hamcrest.Matchers.hasKey("status")))
                .body("$", not(org.hamcrest.Matchers.hasKey("version")));
        given().get("/api/v1/articles").then().body("items.status", not(hasItem(notNullValue())));
    }
}
