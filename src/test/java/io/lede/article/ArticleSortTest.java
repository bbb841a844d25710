package io.lede.article;

import static io.lede.Api.approvedComment;
import static io.lede.Api.article;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleSortTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** What a walk saw: every item in the order served. */
    private record Seen(long id, String slug, String title, Instant publishedAt, long commentCount) {}

    @Test
    void newestFirstWalkNeitherSkipsNorRepeatsUnderInserts() {
        walkWithInserts(
                "-publishedAt",
                Comparator.comparing(Seen::publishedAt).thenComparing(Seen::id).reversed());
    }

    @Test
    void oldestFirstWalkNeitherSkipsNorRepeatsUnderInserts() {
        walkWithInserts("publishedAt", Comparator.comparing(Seen::publishedAt).thenComparing(Seen::id));
    }

    @Test
    void titleWalkNeitherSkipsNorRepeatsUnderInserts() {
        walkWithInserts("title", null);
    }

    @Test
    void recentlyUpdatedWalkNeitherSkipsNorRepeatsUnderInserts() {
        walkWithInserts("-updatedAt", null);
    }

    @Test
    void mostCommentedWalkNeitherSkipsNorRepeatsUnderInserts() {
        walkWithInserts(
                "-commentCount",
                Comparator.comparing(Seen::commentCount).thenComparing(Seen::id).reversed());
    }

    /**
     * Seven articles with ties in every sort column (two share a publication time, three a title, several a comment
     * count), walked two at a time while a new article is published before every page: each of the seven is seen
     * exactly once, in the order asked for.
     */
    private void walkWithInserts(String sort, Comparator<Seen> expectedOrder) {
        String tag = createTag();
        List<Long> before = new ArrayList<>();
        String[] titles = {"Mooring fees", "Harbour walls", "Harbour walls", "Anchors", "Harbour walls", "Zinc", "Buoys"
        };
        for (String title : titles) {
            before.add(article().tags(tag).with("title", title).published());
        }
        Instant shared = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update article set publish_at = :at where id in (:ids)")
                        .setParameter("at", shared)
                        .setParameter("ids", before.subList(1, 3))
                        .executeUpdate());
        String first = staff().get("/api/v1/admin/articles/" + before.get(0))
                .jsonPath()
                .getString("slug");
        String second = staff().get("/api/v1/admin/articles/" + before.get(3))
                .jsonPath()
                .getString("slug");
        approvedComment(first, null);
        approvedComment(first, null);
        approvedComment(second, null);

        List<Seen> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request =
                    given().queryParam("tag", tag).queryParam("sort", sort).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/articles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                seen.add(new Seen(
                        ((Number) item.get("id")).longValue(),
                        (String) item.get("slug"),
                        (String) item.get("title"),
                        Instant.parse((String) item.get("publishedAt")),
                        ((Number) item.get("commentCount")).longValue()));
            }
            cursor = page.getString("nextCursor");
            article().tags(tag).with("title", "Harbour walls").published();
            pages++;
        } while (cursor != null && pages < 20);

        List<Long> ids = seen.stream().map(Seen::id).toList();
        assertThat(new HashSet<>(ids)).as("no article is served twice").hasSize(ids.size());
        assertThat(ids).as("every article there before the walk is served").containsAll(before);
        if (expectedOrder != null) {
            assertThat(seen).isSortedAccordingTo(expectedOrder);
        }
        if (sort.equals("title")) {
            List<Seen> original =
                    seen.stream().filter(s -> before.contains(s.id())).toList();
            assertThat(original.stream().map(Seen::title))
                    .containsExactly(
                            "Anchors",
                            "Buoys",
                            "Harbour walls",
                            "Harbour walls",
                            "Harbour walls",
                            "Mooring fees",
                            "Zinc");
            List<Long> tiedIds = original.stream()
                    .filter(s -> s.title().equals("Harbour walls"))
                    .map(Seen::id)
                    .toList();
            assertThat(tiedIds).as("ties broken by id").isSorted();
        }
        if (sort.equals("-updatedAt")) {
            List<Long> original = ids.stream().filter(before::contains).toList();
            List<Long> newestFirst = new ArrayList<>(before);
            java.util.Collections.reverse(newestFirst);
            assertThat(original)
                    .as("published in this order, so updated in this order; the comments changed no article")
                    .containsExactlyElementsOf(newestFirst);
        }
    }

    @Test
    void aCursorFromAnotherOrderIsRefused() {
        String tag = createTag();
        article().tags(tag).published();
        article().tags(tag).published();
        String byTitle = given().queryParam("tag", tag)
                .queryParam("sort", "title")
                .queryParam("limit", 1)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("nextCursor");

        given().queryParam("tag", tag)
                .queryParam("sort", "-updatedAt")
                .queryParam("cursor", byTitle)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("tag", tag)
                .queryParam("cursor", byTitle)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("tag", tag)
                .queryParam("sort", "title")
                .queryParam("cursor", byTitle)
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownSortOrIncludeIsRefused() {
        given().queryParam("sort", "-title")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("include", "authors")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("include"));
    }

    @Test
    void totalCountsEveryMatchingArticleOnEveryPageOnlyWhenAsked() {
        String tag = createTag();
        String otherTag = createTag();
        for (int i = 0; i < 5; i++) {
            article().tags(tag).published();
        }
        article().tags(otherTag).published();
        article().tags(tag).draft();

        given().queryParam("tag", tag)
                .queryParam("include", "total")
                .queryParam("limit", 2)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("total", equalTo(5));
        given().queryParam("tag", tag)
                .queryParam("limit", 2)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("$", hasKey("total"))
                .body("total", org.hamcrest.Matchers.nullValue());
        given().queryParam("tag", tag)
                .queryParam("include", "total")
                .queryParam("until", "2000-01-01")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("total", equalTo(0));
    }

    @Test
    void mostCommentedListMovesWhenAnArticleOffThePageGetsComments() {
        String tag = createTag();
        long leader = article().tags(tag).published();
        long rising = article().tags(tag).published();
        String leaderSlug =
                staff().get("/api/v1/admin/articles/" + leader).jsonPath().getString("slug");
        String risingSlug =
                staff().get("/api/v1/admin/articles/" + rising).jsonPath().getString("slug");
        approvedComment(leaderSlug, null);
        given().queryParam("tag", tag)
                .queryParam("sort", "-commentCount")
                .queryParam("limit", 1)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) leader));

        approvedComment(risingSlug, null);
        approvedComment(risingSlug, null);

        given().queryParam("tag", tag)
                .queryParam("sort", "-commentCount")
                .queryParam("limit", 1)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) rising))
                .body("items[0].commentCount", equalTo(2));
    }
}
