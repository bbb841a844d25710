package io.lede.changes;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    private static final String BODY = "The mayor spoke at noon. \"We will rebuild the pier,\" said Ana Ruiz. The end.";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anArticlesPublicLifeIsToldInOrderWithVersionsAndTombstones() {
        String cursor = Changes.end();
        long id = Api.article().draft();
        staff().body(Map.of("title", "Draft edit", "body", "Still a draft."))
                .header("If-Match", "*")
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        Api.publish(id);
        staff().body(Map.of("title", "Edited", "body", "A new body."))
                .header("If-Match", "*")
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        staff().body(Map.of("title", "Edited", "body", "A newer body.", "correctionNote", "Fixed a name."))
                .header("If-Match", "*")
                .put("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        staff().post("/api/v1/admin/articles/" + id + "/unpublish").then().statusCode(200);
        Api.publish(id);
        long version = staff().get("/api/v1/admin/articles/" + id).jsonPath().getLong("version");
        staff().delete("/api/v1/admin/articles/" + id).then().statusCode(204);

        List<Map<String, Object>> changes = Changes.after(cursor);
        assertThat(Changes.typesOf(changes, "article", id))
                .containsExactly(
                        "article.published",
                        "article.updated",
                        "article.corrected",
                        "article.unpublished",
                        "article.published",
                        "article.deleted");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mine = changes.stream()
                .filter(c -> ((Number) ((Map<String, Object>) c.get("item")).get("id")).longValue() == id)
                .toList();
        Map<String, Object> republished = mine.get(4);
        assertThat(republished.get("version")).isEqualTo((int) version);
        assertThat(republished.get("etag")).isEqualTo("\"v" + version + "\"");
        assertThat(republished.get("tombstone")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) republished.get("item");
        assertThat((String) item.get("href")).endsWith("/api/v1/articles/" + item.get("slug"));
        assertThat((String) item.get("canonicalUrl")).endsWith("/articles/" + item.get("slug"));
        assertThat(mine.get(3).get("tombstone")).isEqualTo(true);
        assertThat(mine.get(3).get("etag")).isNull();
        assertThat(mine.get(5).get("tombstone")).isEqualTo(true);
        long previous = -1;
        for (Map<String, Object> change : mine) {
            assertThat(Instant.parse((String) change.get("occurredAt"))).isNotNull();
            assertThat(((Number) change.get("id")).longValue()).isGreaterThan(previous);
            previous = ((Number) change.get("id")).longValue();
        }
    }

    @Test
    void aDraftDeletedBeforePublicationLeavesNoTrace() {
        String cursor = Changes.end();
        long id = Api.article().draft();
        staff().delete("/api/v1/admin/articles/" + id).then().statusCode(204);
        assertThat(Changes.typesOf(Changes.after(cursor), "article", id)).isEmpty();
    }

    @Test
    void anEventsOwnCursorResumesRightAfterIt() {
        String cursor = Changes.end();
        long first = Api.article().published();
        long second = Api.article().published();
        List<Map<String, Object>> changes = Changes.after(cursor);
        assertThat(Changes.typesOf(changes, "article", first)).containsExactly("article.published");
        Map<String, Object> firstChange = changes.stream()
                .filter(c -> c.get("type").equals("article.published"))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> rest = Changes.after((String) firstChange.get("cursor"));
        assertThat(rest).hasSize(changes.size() - 1);
        assertThat(Changes.typesOf(rest, "article", second)).containsExactly("article.published");
    }

    @Test
    void quotationsAreToldWhenConfirmedAndRemovedOnAPublicArticle() {
        long article = Api.article()
                .with("body", BODY)
                .with("title", Api.unique("Quoted"))
                .published();
        String cursor = Changes.end();
        String text =
                staff().get("/api/v1/admin/articles/" + article).jsonPath().getString("bodyText");
        int start = text.codePointCount(0, text.indexOf("We will"));
        int end = start + "We will rebuild the pier,".length();
        long quote = staff().body(Map.of("start", start, "end", end, "speakerName", "Ana Ruiz"))
                .post("/api/v1/admin/articles/" + article + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        staff().post("/api/v1/admin/quotes/" + quote + "/reject").then().statusCode(200);
        staff().post("/api/v1/admin/quotes/" + quote + "/confirm").then().statusCode(200);
        staff().delete("/api/v1/admin/quotes/" + quote).then().statusCode(204);

        List<Map<String, Object>> changes = Changes.after(cursor);
        assertThat(Changes.typesOf(changes, "quote", quote))
                .containsExactly("quote.confirmed", "quote.removed", "quote.confirmed", "quote.removed");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) changes.stream()
                .filter(c -> c.get("type").equals("quote.confirmed"))
                .findFirst()
                .orElseThrow()
                .get("item");
        assertThat((String) item.get("href")).endsWith("/api/v1/quotes/" + quote);
        assertThat(item.get("slug")).isNull();
    }

    @Test
    void aScheduledArticleIsToldWhenItsTimeComes() {
        String cursor = Changes.end();
        long id = Api.article().draft();
        staff().body(Map.of("publishAt", Instant.now().plusSeconds(2).toString()))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
        assertThat(Changes.typesOf(Changes.after(cursor), "article", id)).isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> types = List.of();
        while (types.isEmpty() && System.nanoTime() < deadline) {
            given().get("/api/v1/articles?limit=1"); // nothing needed: the sweep runs on its own
            types = Changes.typesOf(Changes.after(cursor), "article", id);
        }
        assertThat(types).containsExactly("article.published");
    }

    @Test
    void waitHoldsAnEmptyAnswerUntilAChangeArrives() throws Exception {
        String cursor = Changes.end();
        long started = System.nanoTime();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> staff().queryParam("cursor", cursor)
                .queryParam("wait", 10)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
        Thread.sleep(700);
        assertThat(waiting).isNotDone();
        long id = Api.article().published();
        JsonPath page = waiting.get(8, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(page.getLong("items[0].item.id")).isEqualTo(id);
    }

    @Test
    void waitWithNothingNewAnswersEmptyWhenItRunsOut() {
        String cursor = Changes.end();
        long started = System.nanoTime();
        staff().queryParam("cursor", cursor)
                .queryParam("wait", 1)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Link", containsString("rel=\"next\""))
                .body("items", empty())
                .body("nextCursor", equalTo(cursor));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void sinceStartsAtTheFirstChangeAtOrAfterATime() throws Exception {
        Api.article().published();
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        long later = Api.article().published();
        JsonPath page = staff().queryParam("since", between.toString())
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getLong("items[0].item.id")).isEqualTo(later);
        staff().queryParam("since", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void aPartnerSeesTombstonesButNotWhatItsPolicyWithholds() {
        String cursor = Changes.end(Api.PARTNER_KEY);
        long open = Api.article().published();
        long withheld = Api.article().published();
        long policy = staff().body(Map.of(
                        "name",
                        Api.unique("Link only"),
                        "excerptsAllowed",
                        false,
                        "creditTemplate",
                        "{title} — {publisher}"))
                .post("/api/v1/admin/policies")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        staff().body(Map.of("policyId", policy))
                .put("/api/v1/admin/articles/" + withheld + "/policy")
                .then()
                .statusCode(200);
        staff().post("/api/v1/admin/articles/" + withheld + "/unpublish").then().statusCode(200);
        String draft = Long.toString(Api.article().draft());

        List<Map<String, Object>> changes = Changes.after(Api.PARTNER_KEY, cursor);
        assertThat(Changes.typesOf(changes, "article", open)).containsExactly("article.published");
        assertThat(Changes.typesOf(changes, "article", withheld)).containsExactly("article.unpublished");
        assertThat(Changes.typesOf(changes, "article", Long.parseLong(draft))).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) changes.get(0).get("item");
        assertThat((String) item.get("href")).contains("/api/v1/partner/articles/");
        // Staff see everything.
        assertThat(Changes.typesOf(Changes.after(cursor), "article", withheld))
                .containsExactly("article.published", "article.unpublished");
    }

    @Test
    void badParametersAreProblems() {
        staff().queryParam("cursor", "not-a-cursor")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("cursor"));
        staff().queryParam("wait", 16)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wait"));
        staff().queryParam("wait", "soon").get("/api/v1/changes").then().statusCode(400);
        staff().queryParam("since", "yesterday").get("/api/v1/changes").then().statusCode(400);
        staff().queryParam("since", "2026-01-01")
                .queryParam("cursor", Changes.end())
                .get("/api/v1/changes")
                .then()
                .statusCode(400);
        given().get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void aStaffTokenNeedsChangesReadOrArticlesWrite() {
        String moderator = staff().body(Map.of("name", Api.unique("mod"), "scopes", List.of("comments:moderate")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        Api.as(moderator).get("/api/v1/changes").then().statusCode(403);
        String reader = staff().body(Map.of("name", Api.unique("feed"), "scopes", List.of("changes:read")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        Api.as(reader).get("/api/v1/changes").then().statusCode(200);
    }
}
