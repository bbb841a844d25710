package io.lede.feed;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** oEmbed for articles and quotations: a sanitised blockquote with credit and link, sized, cached, discoverable. */
@QuarkusTest
class OEmbedTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anArticleEmbedsAsItsExcerptWithCreditAndLink() {
        long id = Api.article()
                .with("title", "Harbour <script>alert(1)</script> plans")
                .with("body", FeedsTest.BODY)
                .published();
        FeedsTest.assign(id, FeedsTest.policy(Map.of("maxCharacters", 100)));
        String slug = FeedsTest.slugOf(id);
        String canonical = "https://news.example.com/articles/" + slug;

        Response embed =
                given().queryParam("url", canonical).queryParam("maxwidth", 400).get("/oembed");
        embed.then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .body("type", equalTo("rich"))
                .body("version", equalTo("1.0"))
                .body("provider_name", equalTo("Lede Demo Newsroom"))
                .body("provider_url", equalTo("https://news.example.com"))
                .body("cache_age", equalTo(3600))
                .body("width", lessThanOrEqualTo(400))
                .body("height", notNullValue())
                .body("title", equalTo("Harbour <script>alert(1)</script> plans"))
                .body("html", containsString("<blockquote"))
                .body("html", containsString(FeedsTest.FIRST))
                .body("html", not(containsString(FeedsTest.SECOND)))
                .body("html", containsString("href=\"" + canonical + "\""))
                .body("html", not(containsString("<script>")));
        given().header("If-None-Match", embed.header("ETag"))
                .queryParam("url", canonical)
                .queryParam("maxwidth", 400)
                .get("/oembed")
                .then()
                .statusCode(304);

        // Lede's own API URL of the article answers the same embed.
        String api = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/articles/" + slug;
        given().queryParam("url", api)
                .get("/oembed")
                .then()
                .statusCode(200)
                .body("html", containsString(FeedsTest.FIRST));
        // The height never exceeds maxheight.
        given().queryParam("url", canonical)
                .queryParam("maxheight", 50)
                .get("/oembed")
                .then()
                .statusCode(200)
                .body("height", equalTo(50));
    }

    @Test
    void aQuotationEmbedsWithItsSpeakerAndIsDiscoverable() {
        long article = Api.article()
                .with(
                        "body",
                        "The board met on Monday. “We will keep the lamp lit all winter,” said Ada Quist, who"
                                + " chairs it.")
                .published();
        long quote = staff().get("/api/v1/admin/articles/" + article + "/quotes")
                .jsonPath()
                .getLong("items[0].id");
        staff().post("/api/v1/admin/quotes/" + quote + "/confirm").then().statusCode(200);

        given().head("/api/v1/quotes/" + quote)
                .then()
                .statusCode(200)
                .header("Link", containsString("type=\"application/json+oembed\""));
        Response read = given().get("/api/v1/quotes/" + quote);
        read.then().statusCode(200).header("Link", containsString("type=\"application/json+oembed\""));
        String link = read.header("Link");
        String discovered = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertThat(discovered).contains("/oembed?url=");

        given().urlEncodingEnabled(false)
                .get(discovered.substring(discovered.indexOf("/oembed")))
                .then()
                .statusCode(200)
                .body("type", equalTo("rich"))
                .body("html", containsString("We will keep the lamp lit all winter"))
                .body("html", containsString("Ada Quist"))
                .body("html", containsString("news.example.com/articles/" + FeedsTest.slugOf(article)))
                .body("width", notNullValue())
                .body("height", notNullValue());
    }

    @Test
    void whatItDoesNotServeIs404AndWhatItDoesNotSpeakIs501() {
        String slug = Api.publishedSlug();
        given().queryParam("url", "https://elsewhere.example.org/articles/" + slug)
                .get("/oembed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("url", "https://news.example.com/articles/no-such-" + Api.unique("a"))
                .get("/oembed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("url", "not a url at all")
                .get("/oembed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("url", "https://news.example.com/articles/" + slug)
                .queryParam("format", "xml")
                .get("/oembed")
                .then()
                .statusCode(501)
                .contentType("application/problem+json");
        for (String size : new String[] {"0", "-5", "wide", "100000"}) {
            given().queryParam("url", "https://news.example.com/articles/" + slug)
                    .queryParam("maxwidth", size)
                    .get("/oembed")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/oembed").then().statusCode(400).contentType("application/problem+json");
    }
}
