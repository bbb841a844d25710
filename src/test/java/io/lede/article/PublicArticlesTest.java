package io.lede.article;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicArticlesTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listShowsOnlyPublishedArticlesNewestFirst() {
        String tag = createTag();
        long older = article().tags(tag).published();
        long draft = article().tags(tag).draft();
        long newer = article().tags(tag).published();
        long takenDown = article().tags(tag).published();
        staff().post("/api/v1/admin/articles/" + takenDown + "/unpublish")
                .then()
                .statusCode(200);

        given().queryParam("tag", tag)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) newer, (int) older))
                .body("items.id", not(contains((int) draft)))
                .body("nextCursor", nullValue());
    }

    @Test
    void summaryCarriesAuthorsTagsExcerptAndCommentCount() {
        String tag = createTag();
        String author = createPerson("Ada Quill");
        article()
                .tags(tag)
                .authors(author)
                .with("title", "Harbour lights return")
                .with("dek", "The lamps are back")
                .with("body", "The harbour lamps were switched on again on Friday.\n\nCrowds watched from the quay.")
                .published();

        given().queryParam("tag", tag)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items[0].title", equalTo("Harbour lights return"))
                .body("items[0].dek", equalTo("The lamps are back"))
                .body("items[0].slug", startsWith("harbour-lights-return"))
                .body("items[0].excerpt", startsWith("The harbour lamps were switched on again on Friday."))
                .body("items[0].publishedAt", notNullValue())
                .body("items[0].authors", contains(Map.of("slug", author, "name", "Ada Quill")))
                .body("items[0].tags.slug", contains(tag))
                .body("items[0].commentCount", equalTo(0));
    }

    @Test
    void filtersByAuthorAndTimeWindow() {
        String tag = createTag();
        String author = createPerson("Bo Rinn");
        long byAuthor = article().tags(tag).authors(author).published();
        article().tags(tag).published();

        given().queryParam("author", author)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) byAuthor));
        given().queryParam("tag", tag)
                .queryParam("since", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("tag", tag)
                .queryParam("until", "2000-01-01")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("tag", tag)
                .queryParam("since", "2000-01-01")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void cursorWalksEveryArticleOnceWithNextLinks() {
        String tag = createTag();
        List<Integer> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(0, (int) article().tags(tag).published());
        }

        List<Integer> seen = new ArrayList<>();
        Response page = given().queryParam("tag", tag).queryParam("limit", 2).get("/api/v1/articles");
        while (true) {
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id", Integer.class));
            String cursor = page.jsonPath().getString("nextCursor");
            // Lists also name their feeds in a Link field of their own (rel="alternate"); paging is the other one.
            List<String> nextLinks = page.headers().getValues("Link").stream()
                    .filter(link -> link.endsWith("rel=\"next\""))
                    .toList();
            if (cursor == null) {
                assertThat(nextLinks).isEmpty();
                break;
            }
            assertThat(nextLinks).hasSize(1);
            assertThat(nextLinks.get(0)).contains("cursor=" + cursor).endsWith("rel=\"next\"");
            String next = nextLinks.get(0).replaceAll("^<([^>]+)>.*$", "$1");
            page = given().urlEncodingEnabled(false).get(next);
        }
        assertThat(seen).containsExactlyElementsOf(published);
    }

    @Test
    void aListPageCostsTheSameStatementsWhateverItsSize() {
        String tag = createTag();
        String author = createPerson("Cy Marl");
        for (int i = 0; i < 12; i++) {
            article().tags(tag, createTag()).authors(author).published();
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        given().queryParam("tag", tag)
                .queryParam("limit", 2)
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
        long smallPage = statistics.getPrepareStatementCount();

        statistics.clear();
        given().queryParam("tag", tag)
                .queryParam("limit", 12)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(12))
                .body("items[11].tags", hasSize(2));
        long largePage = statistics.getPrepareStatementCount();

        assertThat(smallPage).isEqualTo(4);
        assertThat(largePage).isEqualTo(smallPage);
    }

    @Test
    void articleHasRenderedBodyBylinesRightsAndReadingStats() {
        String author = createPerson("Dee Vance");
        String tag = createTag();
        long id = article()
                .authors(author)
                .tags(tag)
                .with("title", "Ferry timetable changes")
                .with(
                        "body",
                        "# Winter timetable\n\nThe *first* ferry leaves at 6:40.\n\n"
                                + "<script>alert('x')</script><p onclick=\"steal()\">Tickets are on sale.</p>\n\n"
                                + "[Timetable](javascript:alert(1)) and [the port](https://port.example.org).")
                .with("copyrightHolder", "The Calloway Ledger")
                .with("copyrightYear", 2026)
                .with("rightsStatement", "Excerpts with credit and a link.")
                .published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Ferry timetable changes"))
                .body("bodyHtml", containsString("<em>first</em>"))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyHtml", not(containsString("onclick")))
                .body("bodyHtml", not(containsString("javascript:")))
                .body("bodyHtml", containsString("href=\"https://port.example.org\""))
                .body(
                        "bodyText",
                        equalTo("Winter timetable\n\nThe first ferry leaves at 6:40.\n\nTickets are on sale.\n\n"
                                + "Timetable and the port."))
                .body("authors[0].name", equalTo("Dee Vance"))
                .body("authors[0].jobTitle", equalTo("Reporter"))
                .body("tags[0].slug", equalTo(tag))
                .body("canonicalUrl", equalTo("https://news.example.com/articles/" + slug))
                .body("rights.copyrightHolder", equalTo("The Calloway Ledger"))
                .body("rights.copyrightYear", equalTo(2026))
                .body("rights.statement", equalTo("Excerpts with credit and a link."))
                .body("publishedAt", notNullValue())
                .body("firstPublishedAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("correctedAt", nullValue())
                .body("wordCount", equalTo(16))
                .body("readingMinutes", equalTo(1))
                .body("corrections", empty());
    }

    @Test
    void draftsAndUnknownSlugsAreNotFoundForThePublic() {
        long draft = article().draft();
        String slug = staff().get("/api/v1/admin/articles/" + draft).jsonPath().getString("slug");

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(slug))
                .body("$", not(org.hamcrest.Matchers.hasKey("body")));
    }
}
