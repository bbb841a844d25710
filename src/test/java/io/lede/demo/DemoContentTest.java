package io.lede.demo;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
    void theDraftAndTheScheduledStoryAreThereForStaffOnly() {
        staff().get("/api/v1/admin/articles/seawall-consultation-draft").then().body("status", equalTo("draft"));
        staff().get("/api/v1/admin/articles/budget-vote-preview").then().body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/budget-vote-preview").then().statusCode(404);
    }
}
