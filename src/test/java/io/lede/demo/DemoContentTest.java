package io.lede.demo;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starts Lede as `quarkus:dev` would, on a fresh embedded database of its own, and reads the demo content. */
@QuarkusTest
@TestProfile(DemoContentTest.FreshEmbeddedDatabase.class)
class DemoContentTest {

    public static class FreshEmbeddedDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.lede.demo.enabled", "true",
                    "%test.quarkus.datasource.db-kind", "h2",
                    "%test.quarkus.datasource.username", "sa",
                    "%test.quarkus.datasource.jdbc.url",
                            "jdbc:h2:file:./target/h2-demo/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @Test
    void anEmptyEmbeddedDatabaseGetsFivePublishedStoriesByTwoAuthors() {
        given().queryParam("limit", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.authors.flatten().slug", hasItem("maren-okafor"))
                .body("items.authors.flatten().slug", hasItem("tomas-lindqvist"))
                .body("items.tags", everyItem(not(hasSize(0))))
                .body("items.slug", not(hasItem("seawall-consultation-draft")))
                .body("items.slug", not(hasItem("budget-vote-preview")));
        given().get("/api/v1/articles/ferry-fares-frozen")
                .then()
                .statusCode(200)
                .body("corrections", hasSize(1))
                .body("rights.copyrightHolder", equalTo("The Calloway Ledger"));
        given().get("/api/v1/tags").then().body("items", hasSize(greaterThanOrEqualTo(4)));
    }

    @Test
    void theDraftHasThePreviewLinkTheReadmeShows() {
        given().get("/api/v1/preview/pv_demo-seawall-consultation")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("X-Robots-Tag", equalTo("noindex"))
                .body("slug", equalTo("seawall-consultation-draft"));
        given().get("/api/v1/articles/seawall-consultation-draft").then().statusCode(404);
    }

    @Test
    void theDraftAndTheScheduledStoryAreThereForStaffOnly() {
        staff().get("/api/v1/admin/articles/seawall-consultation-draft").then().body("status", equalTo("draft"));
        staff().get("/api/v1/admin/articles/budget-vote-preview").then().body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/budget-vote-preview").then().statusCode(404);
    }

    @Test
    void theStormStoryServesBothPartsOfTheEngineersQuotationAsTheReadmeShows() {
        given().get("/api/v1/articles/storm-closes-north-pier/quotes")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.speaker.slug", everyItem(equalTo("priya-natarajan")))
                .body("items.speaker.role", everyItem(equalTo("chief engineer")))
                .body("items[0].text", startsWith("We were lucky"))
                .body("items[1].text", startsWith("Had the pier"));
    }

    @Test
    void aPluralCommonNounIsNotAPerson() {
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/people")
                .then()
                .statusCode(200)
                .body("items.name", not(hasItem(equalToIgnoringCase("opponents"))))
                .body("items.slug", not(hasItem("opponents")));
        given().queryParam("limit", 100)
                .get("/api/v1/people")
                .then()
                .body("items.name", not(hasItem(equalToIgnoringCase("opponents"))));
    }

    @Test
    void aPossessiveGivesTheJobAndTheOrganisationTheArticleNamesNeverABareCommonNoun() {
        given().get("/api/v1/people/halvard-mensah")
                .then()
                .statusCode(200)
                .body("jobTitle", equalTo("director"))
                .body("affiliation", equalTo("Central Library"));
        given().get("/api/v1/people/priya-natarajan")
                .then()
                .statusCode(200)
                .body("jobTitle", equalTo("chief engineer"))
                .body("affiliation", nullValue());
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/people")
                .then()
                .body("items.affiliation", not(hasItem(equalToIgnoringCase("library"))))
                .body("items.affiliation", not(hasItem(equalToIgnoringCase("authority"))));
    }

    @Test
    void theDemoStoriesShowPicturesLedeServesItself() {
        given().get("/api/v1/articles/council-approves-harbour-tram-line")
                .then()
                .statusCode(200)
                .body("featuredImage.url", endsWith("/demo-images/harbour-tram.png"))
                .body("featuredImage.width", equalTo(960))
                .body("featuredImage.height", equalTo(540))
                .body("featuredImage.mediaType", equalTo("image/png"))
                .body("featuredImage.credit", equalTo("Lede demo images"))
                .body("featuredImage.srcset", containsString("?w=320 320w"))
                .body("bodyHtml", containsString("/demo-images/tram-route.png 800w\""))
                .body("bodyHtml", containsString("width=\"800\" height=\"400\""));
        given().queryParam("limit", 100)
                .get("/api/v1/articles")
                .then()
                .body("items.featuredImage", everyItem(notNullValue()));
        given().get("/api/v1/people/maren-okafor").then().body("portrait.width", equalTo(400));
        given().get("/demo-images/harbour-tram.png").then().statusCode(200).contentType("image/png");
    }
}
