package io.lede.web;

import static io.lede.Api.article;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicCachingTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anArticleCarriesCachingHeadersAndAnswers304ToItsETag() {
        long id = article().published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        Response first = given().get("/api/v1/articles/" + slug);
        first.then()
                .statusCode(200)
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]{32}\"$"))
                .header("Last-Modified", not(emptyOrNullString()))
                .header("Cache-Control", "public, max-age=60, s-maxage=300, stale-while-revalidate=600")
                .header("Surrogate-Key", "article-" + id)
                .header("Vary", containsString("Origin"));

        given().header("If-None-Match", first.header("ETag"))
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(304)
                .header("ETag", first.header("ETag"))
                .body(equalTo(""));
        given().header("If-Modified-Since", first.header("Last-Modified"))
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200);
    }

    @Test
    void anEditChangesTheETagSoTheNextReadIsFresh() {
        long id = article().with("title", "Before the edit").published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        String before = given().get("/api/v1/articles/" + slug).header("ETag");

        staff().body(Map.of("title", "After the edit"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().header("If-None-Match", before)
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("title", equalTo("After the edit"));
    }

    @Test
    void listsAreConditionalAndNameEveryArticleForPurging() {
        String tag = createTag();
        long first = article().tags(tag).published();
        long second = article().tags(tag).published();

        Response list = given().queryParam("tag", tag).get("/api/v1/articles");
        list.then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", "articles article-" + second + " article-" + first);
        given().queryParam("tag", tag)
                .header("If-None-Match", list.header("ETag"))
                .get("/api/v1/articles")
                .then()
                .statusCode(304);

        article().tags(tag).published();
        given().queryParam("tag", tag)
                .header("If-None-Match", list.header("ETag"))
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void staffResponsesAreNeverSharedCached() {
        long id = article().draft();

        Response staffRead = staff().get("/api/v1/admin/articles/" + id);
        assertThat(staffRead.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(staffRead.header("ETag")).isEqualTo("\"v0\"");
    }
}
