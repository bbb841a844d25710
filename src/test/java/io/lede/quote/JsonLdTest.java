package io.lede.quote;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON-LD is meant to be pasted into a page's script element as it is, so no string in it may close one. */
@QuarkusTest
class JsonLdTest {

    private static final String HOSTILE = "Pier </script><script>alert(1)</script> & more";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void jsonLdStringsEscapeAngleBracketsAndAmpersands() {
        long articleId = Api.article()
                .with("title", HOSTILE + " " + Api.unique("t"))
                .with("body", "“Open the pier,” said Nadia Okonkwo-Baird on Monday.")
                .published();
        long quoteId = staff().body(Map.of("start", 1, "end", 14, "speakerName", "Nadia </script> Okonkwo"))
                .post("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Response quote = given().get("/api/v1/quotes/" + quoteId);
        quote.then().statusCode(200);
        String raw = quote.asString();
        String jsonLd = raw.substring(raw.indexOf("\"jsonLd\""));

        assertThat(jsonLd).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(jsonLd).contains("\\u003c/script\\u003e").contains("\\u0026");
        assertThat(quote.jsonPath().getString("jsonLd.isPartOf.headline")).startsWith(HOSTILE);
    }
}
