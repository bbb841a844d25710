package io.lede.publishing;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FieldSelectionTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String publishedWithAuthor(String tag) {
        String author = createPerson("Ines Varga");
        long id =
                article().tags(tag).authors(author).with("title", "Tide tables").published();
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArticleAnswersOnlyTheSelectedMembersReachingIntoNestedLists() {
        String slug = publishedWithAuthor(createTag());

        Map<String, Object> body = given().queryParam("fields", "slug,title,publishedAt,authors.name")
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("authors.name", contains("Ines Varga"))
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(body).containsOnlyKeys("slug", "title", "publishedAt", "authors");
        assertThat((List<Map<String, Object>>) body.get("authors"))
                .allSatisfy(author -> assertThat(author).containsOnlyKeys("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListAppliesTheSelectionToEachItemAndKeepsItsPaging() {
        String tag = createTag();
        publishedWithAuthor(tag);
        publishedWithAuthor(tag);

        Response page = given().queryParam("tag", tag)
                .queryParam("limit", 1)
                .queryParam("include", "total")
                .queryParam("fields", "title,authors")
                .get("/api/v1/articles");
        page.then()
                .statusCode(200)
                .header("Link", containsString("fields=title"))
                .body("nextCursor", notNullValue())
                .body("total", equalTo(2));
        Map<String, Object> item = page.jsonPath().getMap("items[0]");
        assertThat(item).containsOnlyKeys("title", "authors");
        assertThat((List<Map<String, Object>>) item.get("authors"))
                .allSatisfy(author -> assertThat(author).containsOnlyKeys("slug", "name"));
    }

    @Test
    void unknownMembersAreRefusedByNameEvenOnAnEmptyList() {
        given().queryParam("fields", "slug,headline,authors.email")
                .queryParam("tag", createTag())
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("fields", "fields"))
                .body("errors[0].message", containsString("'headline'"))
                .body("errors[1].message", containsString("'authors.email'"));
        given().queryParam("fields", "title.length")
                .get("/api/v1/articles/" + publishedWithAuthor(createTag()))
                .then()
                .statusCode(400)
                .body("detail", containsString("'title.length'"));
        given().queryParam("fields", "slug,,title")
                .get("/api/v1/tags")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fields"));
        given().queryParam("fields", "text,nope")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("'nope'"));
    }

    @Test
    void eachSelectionIsCachedAsItsOwnVariantAndAllFollowAnEdit() {
        String slug = publishedWithAuthor(createTag());
        Response slugOnly = given().queryParam("fields", "slug").get("/api/v1/articles/" + slug);
        Response titleOnly = given().queryParam("fields", "title").get("/api/v1/articles/" + slug);
        slugOnly.then().statusCode(200).body("slug", equalTo(slug));
        titleOnly.then().statusCode(200).body("title", equalTo("Tide tables"));
        assertThat(slugOnly.header("ETag")).isNotEqualTo(titleOnly.header("ETag"));
        assertThat(slugOnly.header("Cache-Control")).startsWith("public");

        given().queryParam("fields", "title")
                .header("If-None-Match", titleOnly.header("ETag"))
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(304);
        given().queryParam("fields", "slug")
                .header("If-None-Match", titleOnly.header("ETag"))
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200);

        staff().contentType("application/merge-patch+json")
                .body(Map.of("title", "Tide tables, revised"))
                .patch("/api/v1/admin/articles/" + slug)
                .then()
                .statusCode(200);
        given().queryParam("fields", "title")
                .header("If-None-Match", titleOnly.header("ETag"))
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Tide tables, revised"));
    }

    @Test
    void peopleAndTagsTakeSelectionsToo() {
        String tag = createTag();
        String person = createPerson("Oren Lask");
        article().tags(tag).authors(person).published();

        Map<String, Object> personBody = given().queryParam("fields", "name,jobTitle")
                .get("/api/v1/people/" + person)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(personBody).containsOnlyKeys("name", "jobTitle").containsEntry("name", "Oren Lask");
        Map<String, Object> tagBody = given().queryParam("fields", "slug,articleCount")
                .get("/api/v1/tags/" + tag)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(tagBody).containsOnlyKeys("slug", "articleCount").containsEntry("articleCount", 1);
        Map<String, Object> firstPerson = given().queryParam("fields", "slug")
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        assertThat(firstPerson).containsOnlyKeys("slug");
    }
}
