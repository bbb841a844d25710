package io.lede.search;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

    private static final AtomicInteger WORDS = new AtomicInteger();

    @Inject
    EntityManagerFactory entityManagerFactory;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A made-up word no other test uses, letters only, so no stemmer or stop list touches it. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        long n = System.nanoTime() % 1_000_000 * 1000 + WORDS.incrementAndGet();
        while (n > 0) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.toString();
    }

    private static long published(String title, String body) {
        return Api.article().with("title", title).with("body", body).published();
    }

    private static JsonPath search(Map<String, ?> parameters) {
        return given().queryParams(parameters)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        String w = word();
        long inBody = published("Council meets on Tuesday", "The agenda mentions " + w + " once, near the end.");
        long inTitle = published("The " + w + " returns", "Nothing else to say about it here.");
        JsonPath found = search(Map.of("q", w, "type", "article"));
        assertThat(found.getList("items.id", Long.class)).containsExactly(inTitle, inBody);
        assertThat(found.getList("items.type", String.class)).containsOnly("article");
    }

    @Test
    void wordsSideBySideRankAboveScatteredWords() {
        String a = word();
        String b = word();
        long scattered = published(
                "Harbour notes " + word(),
                "First " + a + " appears here. Then many other words come between, and only at the end " + b + ".");
        long phrase = published("Harbour notes " + word(), "Here " + a + " " + b + " stand together.");
        JsonPath found = search(Map.of("q", a + " " + b, "type", "article"));
        assertThat(found.getList("items.id", Long.class)).containsExactly(phrase, scattered);
        given().queryParam("q", "\"" + a + " " + b + "\"")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) phrase));
    }

    @Test
    void websearchSyntaxExcludesAndAlternates() {
        String a = word();
        String b = word();
        String c = word();
        long both = published("Ferry " + word(), "The " + a + " and the " + b + ".");
        long onlyA = published("Ferry " + word(), "The " + a + " alone.");
        long onlyC = published("Ferry " + word(), "The " + c + " alone.");
        assertThat(search(Map.of("q", a + " -" + b)).getList("items.id", Long.class))
                .containsExactly(onlyA);
        assertThat(search(Map.of("q", b + " or " + c)).getList("items.id", Long.class))
                .containsExactlyInAnyOrder(both, onlyC);
    }

    @Test
    void highlightsMarkTheMatchAndEscapeEverythingElse() {
        String w = word();
        published("Market day " + word(), "Stalls <b>open</b> & the " + w + " sells fish by the quay.");
        JsonPath found = search(Map.of("q", w));
        String html = found.getString("items[0].highlight.html");
        String text = found.getString("items[0].highlight.text");
        assertThat(html).contains("<mark>" + w + "</mark>");
        assertThat(html.replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<")
                .doesNotContain(">");
        assertThat(text).contains(w).doesNotContain("<mark>");
        assertThat(html).contains("&amp;");
    }

    @Test
    void accentsFoldBothWays() {
        String w = word();
        long id = published("Café " + w + " reopens", "Inês Barros said the café would reopen.");
        assertThat(search(Map.of("q", "cafe " + w)).getList("items.id", Long.class))
                .contains(id);
        assertThat(search(Map.of("q", "Inés " + w)).getList("items.id", Long.class))
                .contains(id);
    }

    @Test
    void filtersNarrowByTagAuthorAndTime() {
        String w = word();
        String tag = Api.createTag();
        String author = Api.createPerson("Mira Solberg");
        long tagged = Api.article()
                .with("title", "Tagged " + w)
                .with("body", "Body.")
                .tags(tag)
                .published();
        long byAuthor = Api.article()
                .with("title", "Authored " + w)
                .with("body", "Body.")
                .authors(author)
                .published();
        assertThat(search(Map.of("q", w, "tag", tag)).getList("items.id", Long.class))
                .containsExactly(tagged);
        assertThat(search(Map.of("q", w, "author", author)).getList("items.id", Long.class))
                .containsExactly(byAuthor);
        assertThat(search(Map.of("q", w, "until", "2000-01-01")).getList("items", Object.class))
                .isEmpty();
        assertThat(search(Map.of("q", w, "since", "2000-01-01")).getList("items.id", Long.class))
                .containsExactlyInAnyOrder(tagged, byAuthor);
    }

    @Test
    void quotationsAreFoundByTheirWordsAndSpeaker() {
        String w = word();
        String speaker = "Halvard Quennell";
        long article = Api.article()
                .with("title", "Quay works " + word())
                .with("body", "“The " + w + " will be ready in May,” said " + speaker + ".")
                .published();
        long quote = addQuote(article, speaker, 1, 30);
        List<Long> confirmed = staff().get("/api/v1/admin/articles/" + article + "/quotes")
                .jsonPath()
                .getList("items.findAll { it.status == 'confirmed' }.id", Long.class);
        JsonPath found = search(Map.of("q", w, "type", "quote"));
        assertThat(found.getList("items.id", Long.class))
                .contains(quote)
                .containsExactlyInAnyOrderElementsOf(confirmed);
        assertThat(found.getString("items[0].speaker.name")).isEqualTo(speaker);
        assertThat(found.getLong("items[0].article.id")).isEqualTo(article);
        assertThat(found.getString("items[0].highlight.html")).contains("<mark>" + w + "</mark>");
        String speakerSlug = found.getString("items[0].speaker.slug");
        assertThat(search(Map.of("q", w, "speaker", speakerSlug)).getList("items.id", Long.class))
                .contains(quote)
                .containsOnlyOnceElementsOf(confirmed);
        assertThat(search(Map.of("q", w, "speaker", "nobody-at-all")).getList("items", Object.class))
                .isEmpty();
    }

    @Test
    void nothingUnpublishedSuggestedOrHiddenIsEverFound() {
        String w = word();
        String hidden = "Ottoline " + w;
        long draft = Api.article()
                .with("title", "Draft " + w)
                .with("body", "“The " + w + " plan is secret,” " + hidden + " said.")
                .draft();
        addQuote(draft, hidden, 1, 24);
        long published = Api.article()
                .with("title", "Open " + word())
                .with("body", "“The " + w + " plan is ready,” said someone.")
                .published();
        JsonPath found = search(Map.of("q", w, "limit", 100));
        assertThat(found.getList("items.findAll { it.type == 'article' }.id", Long.class))
                .containsExactly(published);
        assertThat(found.getList("items.title", String.class)).noneMatch(title -> title.contains("Ottoline"));
        assertThat(found.getList("items.highlight.html", String.class)).noneMatch(html -> html.contains("Ottoline"));
        assertThat(found.getList("items.highlight.html", String.class)).noneMatch(html -> html.contains("secret"));
        assertThat(search(Map.of("q", hidden, "type", "person")).getList("items.title", String.class))
                .noneMatch(title -> title.contains("Ottoline"));
        given().queryParam("q", "Ottolin")
                .queryParam("type", "article")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("didYouMean", not(equalTo(hidden)));
    }

    @Test
    void aPublicPersonIsFoundByName() {
        String w = word();
        String name = "Rosalind " + w;
        String slug = Api.createPerson(name);
        Api.article().with("title", "Bylined " + word()).authors(slug).published();
        JsonPath found = search(Map.of("q", name, "type", "person"));
        assertThat(found.getList("items.slug", String.class)).contains(slug);
        assertThat(found.getString("items[0].title")).isEqualTo(name);
    }

    @Test
    void aMisspelledNameFindsThePersonAndSuggestsTheSpelling() {
        assumeTrue(databaseKind.startsWith("postgres"), "typo tolerance needs pg_trgm");
        String slug = Api.createPerson("Marta Hajiyev");
        Api.article().with("title", "Bylined " + word()).authors(slug).published();
        assertThat(search(Map.of("q", "Hadjiev", "type", "person")).getList("items.slug", String.class))
                .contains(slug);
        JsonPath nothing = search(Map.of("q", "Hadjiev", "type", "article"));
        assertThat(nothing.getList("items", Object.class)).isEmpty();
        assertThat(nothing.getString("didYouMean")).isEqualTo("Marta Hajiyev");
    }

    @Test
    void pagesNeitherRepeatNorSkipWhileArticlesArrive() {
        String w = word();
        List<Long> all = new ArrayList<>();
        // nine now and one more after each page: more than the ten rows ranked in tests (lede.search.candidates)
        for (int i = 0; i < 9; i++) {
            all.add(published("Tide tables " + w + " " + i, "Body " + i + "."));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request =
                    given().queryParam("q", w).queryParam("type", "article").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            published("Tide tables " + w + " late " + pages, "A latecomer.");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aPageCostsOneStatementPerTypeWhateverItsSize() {
        String w = word();
        String speaker = "Ysolde " + w;
        for (int i = 0; i < 5; i++) {
            long article = Api.article()
                    .with("title", "Pier " + w + " " + i)
                    .with("body", "“The " + w + " pier is open,” said " + speaker + ".")
                    .published();
            addQuote(article, speaker, 1, 24);
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int limit : new int[] {2, 50}) {
            statistics.clear();
            given().queryParam("q", w)
                    .queryParam("limit", limit)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("items.size()", limit == 2 ? equalTo(2) : greaterThan(10));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        }
    }

    @Test
    void answersAreCachedLikeEveryPublicRead() {
        String w = word();
        long id = published("Lighthouse " + w, "Body.");
        var first = given().queryParam("q", w).get("/api/v1/search").then().statusCode(200);
        String etag = first.extract().header("ETag");
        assertThat(etag).isNotNull();
        assertThat(first.extract().header("Surrogate-Key")).contains("search").contains("article-" + id);
        given().queryParam("q", w)
                .header("If-None-Match", etag)
                .get("/api/v1/search")
                .then()
                .statusCode(304);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("q", "x")
                .queryParam("type", "article,video")
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));
        given().queryParam("q", "x".repeat(201))
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
        given().queryParam("q", "x")
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/search")
                .then()
                .statusCode(400);
        given().get("/api/v1/search").then().statusCode(200).body("items", empty());
        for (String odd : List.of("\"", "-", "or", "''", "!!", "a & b | c", "\\", "%_", "- - \" or \"")) {
            given().queryParam("q", odd)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("items", not(nullValue()))
                    .body("items.highlight", everyItem(notNullValue()));
        }
    }

    @Test
    void quotationListsSearchWithTheSameMachinery() {
        String w = word();
        long article = Api.article()
                .with("title", "Quay works " + word())
                .with("body", "“The " + w + " will be ready in May,” said Edda Krag.")
                .published();
        long quote = addQuote(article, "Edda Krag", 1, 30);
        given().queryParam("q", w.toUpperCase())
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) quote))
                .body("items.text", everyItem(org.hamcrest.Matchers.containsString(w)));
        long draft = Api.article()
                .with("title", "Unfinished " + w)
                .with("body", "Nothing yet.")
                .draft();
        given().queryParam("q", w).get("/api/v1/quotes").then().statusCode(200);
        staff().queryParam("q", w)
                .queryParam("status", "draft")
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) draft));
        staff().queryParam("q", w)
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) draft, (int) article));
        assertThat(search(Map.of("q", w, "type", "article")).getList("items.id", Long.class))
                .containsExactly(article);
        staff().queryParam("q", w)
                .queryParam("status", "confirmed")
                .get("/api/v1/admin/quotes")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) quote));
    }

    @Test
    void filtersAndVisibilityApplyBeforeTheCapOnRankedRows() {
        // Tests rank at most ten rows of a type (lede.search.candidates): twelve newer public matches and twelve
        // newer drafts must not hide the one old article that passes the filters.
        String w = word();
        String tag = Api.createTag();
        String author = Api.createPerson("Oren " + word());
        long old = Api.article()
                .with("title", "Archive " + w)
                .with("body", "Body.")
                .tags(tag)
                .authors(author)
                .published();
        for (int i = 0; i < 12; i++) {
            published("Recent " + w + " " + i, "Body " + i + ".");
        }
        assertThat(search(Map.of("q", w, "tag", tag)).getList("items.id", Long.class))
                .containsExactly(old);
        assertThat(search(Map.of("q", w, "author", author, "type", "article")).getList("items.id", Long.class))
                .containsExactly(old);
        String rare = word();
        long open = published("Harbour " + rare, "Body.");
        for (int i = 0; i < 12; i++) {
            Api.article()
                    .with("title", "Unfinished " + rare + " " + i)
                    .with("body", "Body.")
                    .draft();
        }
        assertThat(search(Map.of("q", rare, "type", "article")).getList("items.id", Long.class))
                .containsExactly(open);
    }

    @Test
    void aSpeakerFilterAppliesBeforeTheCapOnRankedQuotations() {
        String w = word();
        String body = "The " + w + " plan is ready for the quay.";
        int end = ("The " + w).length();
        long first = Api.article()
                .with("title", "Quay plan " + word())
                .with("body", body)
                .published();
        JsonPath quote = addQuoteView(first, "Edda " + word(), 0, end);
        String speaker = quote.getString("speaker.slug");
        for (int i = 0; i < 12; i++) {
            long later = Api.article()
                    .with("title", "Quay plan " + word())
                    .with("body", body)
                    .published();
            addQuote(later, "Lars " + word(), 0, end);
        }
        assertThat(search(Map.of("q", w, "speaker", speaker)).getList("items.id", Long.class))
                .containsExactly(quote.getLong("id"));
        assertThat(search(Map.of("q", w, "type", "quote", "limit", 100)).getList("items.speaker.slug", String.class))
                .isNotEmpty()
                .doesNotContainNull();
    }

    @Test
    void aSuggestedOrRejectedQuotationIsNeverFound() {
        String w = word();
        long article = Api.article()
                .with("title", "Open " + word())
                .with("body", "“The " + w + " plan is ready,” the voice on the radio went on. The " + w + " again.")
                .published();
        long rejected = addQuote(article, "Ilse " + word(), 1, ("The " + w + " plan").length() + 1);
        staff().post("/api/v1/admin/quotes/" + rejected + "/reject").then().statusCode(200);
        JsonPath all =
                staff().get("/api/v1/admin/articles/" + article + "/quotes").jsonPath();
        List<Long> confirmed = all.getList("items.findAll { it.status == 'confirmed' }.id", Long.class);
        List<Long> hidden = all.getList("items.findAll { it.status != 'confirmed' }.id", Long.class);
        assertThat(hidden).contains(rejected);
        JsonPath found = search(Map.of("q", w, "type", "quote", "limit", 100));
        assertThat(found.getList("items.id", Long.class))
                .containsExactlyInAnyOrderElementsOf(confirmed)
                .doesNotContainAnyElementsOf(hidden);
        given().queryParam("q", w)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        everyItem(not(org.hamcrest.Matchers.in(
                                hidden.stream().map(Long::intValue).toList()))));
    }

    private static long addQuote(long article, String speakerName, int start, int end) {
        return addQuoteView(article, speakerName, start, end).getLong("id");
    }

    private static JsonPath addQuoteView(long article, String speakerName, int start, int end) {
        return staff().body(Map.of("start", start, "end", end, "speakerName", speakerName))
                .post("/api/v1/admin/articles/" + article + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
