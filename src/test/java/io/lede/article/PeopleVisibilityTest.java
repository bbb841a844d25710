package io.lede.article;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person is public only as the author of a published article or the speaker of a public quotation. */
@QuarkusTest
class PeopleVisibilityTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aSpeakerQuotedOnlyInADraftIsNotPublic() {
        String slug = quoteSomeoneIn(Api.article(), "Ilse Varga-Drummond");
        given().get("/api/v1/people/" + slug).then().statusCode(404);
        given().get("/api/v1/people/" + slug + "/quotes").then().statusCode(404);
        assertNotListed(slug);
        staff().get("/api/v1/admin/people/" + slug).then().statusCode(200).body("slug", equalTo(slug));
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/people")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void aSpeakerBecomesPublicWhenTheirQuotationDoes() {
        Api.ArticleBuilder story = Api.article();
        String slug = quoteSomeoneIn(story, "Oren Blackwood-Tsai");
        long articleId = lastArticleId;
        given().get("/api/v1/people/" + slug).then().statusCode(404);
        Api.publish(articleId);
        confirmEveryQuote(articleId);
        given().get("/api/v1/people/" + slug).then().statusCode(200).body("slug", equalTo(slug));
        given().get("/api/v1/people?limit=100").then().statusCode(200);
        staff().post("/api/v1/admin/articles/" + articleId + "/unpublish")
                .then()
                .statusCode(200);
        given().get("/api/v1/people/" + slug).then().statusCode(404);
    }

    @Test
    void anAuthorOfOnlyADraftIsNotPublicAndAnAuthorOfAPublishedArticleIs() {
        String author = Api.createPerson("Penelope Draft-Only");
        long draft = Api.article().authors(author).draft();
        given().get("/api/v1/people/" + author).then().statusCode(404);
        assertNotListed(author);
        Api.publish(draft);
        given().get("/api/v1/people/" + author).then().statusCode(200).body("jobTitle", equalTo("Reporter"));
    }

    @Test
    void aPersonWithNoArticleAtAllIsStaffOnly() {
        String slug = Api.createPerson("Quentin Nowhere");
        given().get("/api/v1/people/" + slug).then().statusCode(404);
        staff().get("/api/v1/admin/people/" + slug).then().statusCode(200).body("slug", equalTo(slug));
    }

    private static long lastArticleId;

    /** Adds a confirmed quotation by hand to a draft and returns the speaker's slug. */
    private static String quoteSomeoneIn(Api.ArticleBuilder story, String name) {
        String body = "“We will open the new quay in spring,” " + name + ", the harbour secretary, said on Monday.";
        lastArticleId = story.with("body", body).draft();
        return staff().body(Map.of("start", 1, "end", 37, "speakerName", name, "speakerRole", "harbour secretary"))
                .post("/api/v1/admin/articles/" + lastArticleId + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("speaker.slug");
    }

    private static void confirmEveryQuote(long articleId) {
        List<Integer> ids = staff().get("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .extract()
                .path("items.findAll { it.status == 'suggested' }.id");
        ids.forEach(id ->
                staff().post("/api/v1/admin/quotes/" + id + "/confirm").then().statusCode(200));
    }

    private static void assertNotListed(String slug) {
        String cursor = null;
        do {
            var page = given().queryParam("limit", 100)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/people")
                    .then()
                    .statusCode(200)
                    .body("items.slug", not(hasItem(slug)))
                    .extract();
            cursor = page.path("nextCursor");
        } while (cursor != null);
    }
}
