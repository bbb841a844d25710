package io.lede.web;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.lede.Api;
import io.lede.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Input no client should send still gets a clear 4xx problem, never a 500, and changes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aNulByteInAQueryParameterIsABadRequest() {
        for (String query : new String[] {"tag=%00", "author=a%00b", "cursor=%00", "since=%00", "q=%00"}) {
            given().urlEncodingEnabled(false)
                    .get("/api/v1/articles?" + query)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("detail", containsString("NUL"));
        }
        given().urlEncodingEnabled(false)
                .get("/api/v1/quotes?q=%00")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aNulByteInAPathSegmentIsABadRequest() {
        for (String path : new String[] {"/api/v1/articles/a%00b", "/api/v1/people/%00", "/api/v1/tags/x%00"}) {
            given().urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("detail", containsString("NUL"));
        }
    }

    @Test
    void aNulByteInAJsonStringNamesTheFieldAndStoresNothing() {
        String title = Api.unique("nul");
        staff().body("{\"title\":\"" + title + "\\u0000\",\"body\":\"Text.\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("title"))
                .body("errors.message", hasItem(containsString("NUL")));
        staff().get("/api/v1/admin/articles?limit=100")
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.not(hasItem(containsString(title))));
    }

    @Test
    void aTargetThatIsNotPercentEncodedIsAProblem() throws Exception {
        for (String target : new String[] {"/api/v1/articles/%", "/api/v1/art%zzicles", "/api/v1/articles?tag=%zz"}) {
            RawHttp.Answer answer = RawHttp.get(target);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.isProblem()).as(target).isTrue();
            assertThat(answer.body()).contains("%25");
        }
    }

    @Test
    void aFarFutureDateFilterIsABadRequest() {
        given().queryParam("since", "+999999-01-01T00:00:00Z")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("9999"));
        given().queryParam("until", "-999999-01-01T00:00:00Z")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aFarFutureScheduleIsABadRequest() {
        long id = Api.article().draft();
        staff().body(Map.of("publishAt", "+999999-01-01T00:00:00Z"))
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("publishAt"));
        staff().get("/api/v1/admin/articles/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void aNullScopeIsAValidationProblem() {
        staff().body("{\"name\":\"null scope\",\"scopes\":[null]}")
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("scopes[0]"));
    }

    @Test
    void aLanguageLongerThanItsColumnIsAValidationProblem() {
        staff().body(Map.of("title", "Long language", "body", "Text.", "language", "en" + "-abcdefgh".repeat(10)))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("language"));
    }

    @Test
    void aLongSpeakerRoleIsStoredOrRefusedButNeverA500() {
        long id = Api.article()
                .with("body", "Ada Quill said the pier would reopen.")
                .draft();
        staff().body(Map.of("start", 0, "end", 8, "speakerName", "Ada Quill", "speakerRole", "r".repeat(300)))
                .post("/api/v1/admin/articles/" + id + "/quotes")
                .then()
                .statusCode(201);
        staff().body(Map.of("start", 0, "end", 8, "speakerName", "Ada Quill", "speakerRole", "r".repeat(301)))
                .post("/api/v1/admin/articles/" + id + "/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aVeryLongRequestTargetIsAProblem() {
        String tags = "tag=t&".repeat(10_000);
        given().get("/api/v1/articles?" + tags)
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("status", equalTo(414))
                .body("detail", containsString("8192"));
    }

    @Test
    void oversizedHeadersAreAProblem() {
        given().header("X-Padding", "x".repeat(40_000))
                .get("/api/v1/articles")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("status", equalTo(431));
    }

    @Test
    void unknownPathsDoNotBecomeMetricTags() {
        for (int i = 0; i < 5; i++) {
            given().accept("text/html").get("/api/v1/articles/no-such-story-" + i + "/x");
            given().accept("text/html").get("/api/v1/tags/no-such-tag-" + i);
        }
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("no-such-story-").doesNotContain("no-such-tag-");
    }

    @Test
    void deeplyNestedQuotesInACommentRenderQuickly() {
        String slug = slugOfPublishedArticle();
        String body = ">".repeat(4_900) + " deep";
        long started = System.nanoTime();
        given().contentType("application/json")
                .body(Map.of(
                        "authorName", "Deep Reader", "authorEmail", Api.unique("deep") + "@example.org", "body", body))
                .post("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void pathologicalArticleBodiesRenderQuickly() {
        String[] bodies = {
            "<".repeat(400_000),
            "<\n".repeat(200_000),
            "[a](".repeat(100_000),
            "](".repeat(200_000),
            ">".repeat(400_000) + " deep",
            "- ".repeat(200_000) + "x",
            "*a".repeat(200_000),
        };
        for (String body : bodies) {
            long started = System.nanoTime();
            staff().body(Map.of("title", "Pathological " + Api.unique("p"), "body", body))
                    .post("/api/v1/admin/articles")
                    .then()
                    .statusCode(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("rendering %s…", body.substring(0, 8))
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    private static String slugOfPublishedArticle() {
        long id = Api.article().published();
        return staff().get("/api/v1/admin/articles/" + id).then().extract().path("slug");
    }
}
