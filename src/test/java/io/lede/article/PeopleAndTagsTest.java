package io.lede.article;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleAndTagsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPersonCanBeCreatedReadAndUpdated() {
        Response created = staff().body(Map.of(
                        "name", "Greta Holm",
                        "jobTitle", "Harbour master",
                        "affiliation", "Port Authority",
                        "sameAs", List.of("https://example.org/greta")))
                .post("/api/v1/admin/people");
        created.then().statusCode(201).header("Location", containsString("/api/v1/admin/people/greta-holm"));
        String slug = created.jsonPath().getString("slug");
        staff().get("/api/v1/admin/people/" + slug).then().statusCode(200).body("name", equalTo("Greta Holm"));
        given().get("/api/v1/people/" + slug).then().statusCode(404);
        article().authors(slug).published();

        given().get("/api/v1/people/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Surrogate-Key", "person-" + created.jsonPath().getLong("id"))
                .body("name", equalTo("Greta Holm"))
                .body("jobTitle", equalTo("Harbour master"))
                .body("affiliation", equalTo("Port Authority"))
                .body("sameAs", contains("https://example.org/greta"));

        staff().body(Map.of("name", "Greta Holm", "jobTitle", "Retired harbour master"))
                .put("/api/v1/admin/people/" + slug)
                .then()
                .statusCode(200)
                .body("jobTitle", equalTo("Retired harbour master"))
                .body("affiliation", equalTo(null))
                .body("sameAs", empty());

        staff().delete("/api/v1/admin/people/" + slug).then().statusCode(409);
    }

    @Test
    void aPersonWithNoBylinesCanBeDeleted() {
        String slug = createPerson("Lena Short");
        staff().delete("/api/v1/admin/people/" + slug).then().statusCode(204);
        staff().get("/api/v1/admin/people/" + slug).then().statusCode(404);
    }

    @Test
    void peopleAreListedBySlugInPages() {
        String first = createPerson("Jo Pike");
        String second = createPerson("Kai Moss");
        article().authors(first, second).published();

        given().queryParam("limit", 100)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("items.slug", hasItem(first))
                .body("items.slug", hasItem(second))
                .body("items.find { it.slug == '" + first + "' }.name", equalTo("Jo Pike"));
        Response page = given().queryParam("limit", 1).get("/api/v1/people");
        page.then().header("Link", containsString("rel=\"next\""));
        given().queryParam("limit", 1)
                .queryParam("cursor", page.jsonPath().getString("nextCursor"))
                .get("/api/v1/people")
                .then()
                .body(
                        "items[0].slug",
                        org.hamcrest.Matchers.greaterThan(page.jsonPath().getString("items[0].slug")));
    }

    @Test
    void aPersonWithBylinesCannotBeDeleted() {
        String author = createPerson("Hal Brook");
        article().authors(author).draft();

        staff().delete("/api/v1/admin/people/" + author)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("credited on 1 article"));
        staff().get("/api/v1/admin/people/" + author).then().statusCode(200);
    }

    @Test
    void aDuplicatePersonSlugIsAConflict() {
        String slug = createPerson("Ivy Lane");

        staff().body(Map.of("slug", slug, "name", "Someone Else"))
                .post("/api/v1/admin/people")
                .then()
                .statusCode(409);
        staff().get("/api/v1/admin/people/" + slug).then().body("name", equalTo("Ivy Lane"));
    }

    @Test
    void tagsCountOnlyPublishedArticles() {
        String tag = createTag();
        article().tags(tag).published();
        article().tags(tag).published();
        article().tags(tag).draft();

        given().get("/api/v1/tags/" + tag)
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString("tags"))
                .body("slug", equalTo(tag))
                .body("articleCount", equalTo(2));
    }

    @Test
    void tagListPagesBySlug() {
        String prefix = "zz-" + unique("page");
        for (String suffix : List.of("a", "b", "c")) {
            staff().body(Map.of("slug", prefix + "-" + suffix, "name", "Paged " + suffix))
                    .post("/api/v1/admin/tags")
                    .then()
                    .statusCode(201);
        }

        Response first = given().queryParam("limit", 100).get("/api/v1/tags");
        first.then().statusCode(200).body("items.slug", hasItem(prefix + "-a"));
        Response small = given().queryParam("limit", 1).get("/api/v1/tags");
        small.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        given().queryParam("limit", 1)
                .queryParam("cursor", small.jsonPath().getString("nextCursor"))
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body(
                        "items[0].slug",
                        org.hamcrest.Matchers.greaterThan(small.jsonPath().getString("items[0].slug")));
    }

    @Test
    void deletingATagRemovesItFromArticles() {
        String tag = createTag();
        String kept = createTag();
        long id = article().tags(tag, kept).published();

        staff().delete("/api/v1/admin/tags/" + tag).then().statusCode(204);

        given().get("/api/v1/tags/" + tag).then().statusCode(404);
        staff().get("/api/v1/admin/articles/" + id).then().body("tags.slug", contains(kept));
    }

    @Test
    void renamingATagToATakenSlugIsAConflict() {
        String first = createTag();
        String second = createTag();

        staff().body(Map.of("slug", first, "name", "Clash"))
                .put("/api/v1/admin/tags/" + second)
                .then()
                .statusCode(409);
        given().get("/api/v1/tags/" + second).then().statusCode(200);
    }
}
