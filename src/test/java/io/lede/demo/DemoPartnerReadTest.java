package io.lede.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The README's partner lines, on the demo content as `quarkus:dev` loads it. */
@QuarkusTest
@TestProfile(DemoContentTest.FreshEmbeddedDatabase.class)
class DemoPartnerReadTest {

    @Test
    void theDemoPartnerGetsAnExcerptUnderThePublisherDefault() {
        Api.as(Api.PARTNER_KEY)
                .get("/api/v1/partner/articles/council-approves-harbour-tram-line")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"license\""))
                .body("excerpt.text", notNullValue())
                .body("body", nullValue())
                .body("policy.id", equalTo(1))
                .body("attribution.text", containsString("https://news.example.com/articles/"));
    }

    @Test
    void theNightMarketStoryHasItsOwnPolicyGrantingTheStandardTierFullText() {
        Api.as(Api.PARTNER_KEY)
                .get("/api/v1/partner/articles/night-market-returns")
                .then()
                .statusCode(200)
                .body("body.text", notNullValue())
                .body("rights.tdmReserved", equalTo(false))
                .body("attribution.text", containsString(", by "));
        given().accept("application/ld+json")
                .get("/api/v1/policies/1")
                .then()
                .statusCode(200)
                .body("'@type'", equalTo("Offer"));
    }
}
