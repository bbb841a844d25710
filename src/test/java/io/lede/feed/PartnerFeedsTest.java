package io.lede.feed;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A partner's feeds: by feed token in the URL, under its policy and tier, with quota and usage, revocable. */
@QuarkusTest
class PartnerFeedsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A new partner of the tier, and its key. */
    static String partnerKey(String tier) {
        long id = staff().body(Map.of(
                        "name",
                        "Feed partner " + Api.unique("p"),
                        "contact",
                        "desk@partner.example",
                        "tier",
                        tier,
                        "formats",
                        List.of("json")))
                .post("/api/v1/admin/partners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return staff().body(Map.of("name", "feed test key"))
                .post("/api/v1/admin/partners/" + id + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
    }

    @Test
    void aFeedTokenGivesThePartnersTierUntilItIsRevoked() {
        String tag = Api.createTag();
        long article = Api.article().with("body", FeedsTest.BODY).tags(tag).published();
        FeedsTest.assign(article, FeedsTest.policy(Map.of("maxCharacters", 100, "fullTextTiers", List.of("premium"))));
        String key = partnerKey("premium");

        JsonPath issued = Api.as(key)
                .body(Map.of("name", "Reader on the desk"))
                .post("/api/v1/partner/feed-tokens")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/partner/feed-tokens/"))
                .body("token", startsWith("lede_ft_"))
                .body("feeds.atom", containsString("/feeds/articles.atom?token="))
                .extract()
                .jsonPath();
        String token = issued.getString("token");
        long tokenId = issued.getLong("id");

        // The public feed: the excerpt only.
        String publicFeed = given().get("/feeds/tags/" + tag + ".json").asString();
        assertThat(publicFeed).contains(FeedsTest.FIRST).doesNotContain(FeedsTest.SECRET);

        Response partnerFeed = given().queryParam("token", token).get("/feeds/tags/" + tag + ".json");
        partnerFeed
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("private"))
                .header("RateLimit", containsString("remaining="))
                .header("RateLimit-Policy", notNullValue())
                .body("items[0]._rights.full_text", equalTo(true))
                .body("feed_url", containsString("token="));
        assertThat(partnerFeed.asString()).contains(FeedsTest.SECRET).contains("lede-credit");
        given().queryParam("token", token)
                .header("If-None-Match", partnerFeed.header("ETag"))
                .get("/feeds/tags/" + tag + ".json")
                .then()
                .statusCode(304)
                .header("RateLimit", containsString("remaining="));

        Api.as(key)
                .get("/api/v1/partner/feed-tokens")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + tokenId + " }.name", equalTo("Reader on the desk"))
                .body("items.find { it.id == " + tokenId + " }.token", nullValue());
        List<Map<String, Object>> usage = Api.as(key)
                .get("/api/v1/partner/usage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.articleId == " + article + " }");
        assertThat(usage).singleElement().satisfies(row -> assertThat(row).containsEntry("fullTexts", 1));

        Api.as(key)
                .delete("/api/v1/partner/feed-tokens/" + tokenId)
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());
        given().queryParam("token", token)
                .get("/feeds/tags/" + tag + ".atom")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("feed token"));
        given().queryParam("token", "lede_ft_made-up")
                .get("/feeds/articles.rss")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void staffMakeListAndRevokeAPartnersFeedTokens() {
        String partner = "harbour-wire";
        JsonPath issued = staff().body(Map.of("name", "Staff-made " + Api.unique("t")))
                .post("/api/v1/admin/partners/" + partner + "/feed-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String token = issued.getString("token");
        given().queryParam("token", token).get("/feeds/articles.atom").then().statusCode(200);
        staff().get("/api/v1/admin/partners/" + partner + "/feed-tokens")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(issued.getInt("id")));
        staff().delete("/api/v1/admin/partners/" + partner + "/feed-tokens/" + issued.getLong("id"))
                .then()
                .statusCode(200);
        given().queryParam("token", token).get("/feeds/articles.atom").then().statusCode(401);
        staff().body(Map.of("name", ""))
                .post("/api/v1/admin/partners/" + partner + "/feed-tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
