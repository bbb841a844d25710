package io.lede.quote;

import static io.lede.Api.ADMIN_TOKEN;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotesApiTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** An original story: one official quoted three times, a scare quote, and a second voice. */
    static String story(String headline) {
        return headline + "\n\n"
                + "The port of Calloway will close its old grain terminal next year, Marta Keane, director of"
                + " operations at the Calloway Port Authority, said on Monday.\n\n"
                + "“The terminal has done its work for ninety years,” Keane said. “It is time to let it rest.”\n\n"
                + "Dock workers have called the plan a “slow goodbye” to the waterfront.\n\n"
                + "Union organiser Tobias Grell said the closure was “a decision made without us.”\n\n"
                + "Keane said the authority would retrain every worker who wanted it.\n\n"
                + "“Nobody will be left on the quay,” she told reporters.\n";
    }

    private static JsonPath importStory(String headline) {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("text/plain; charset=UTF-8")
                .body(story(headline))
                .post("/api/v1/admin/articles/import")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void importingAPageExtractsItsQuotationsWithSpeakersAndOffsets() {
        JsonPath imported = importStory("Grain terminal to close " + System.nanoTime());
        String text = imported.getString("article.bodyText");

        List<Map<String, Object>> quotes = imported.getList("quotes");
        assertThat(quotes)
                .extracting(q -> q.get("text"))
                .contains(
                        "The terminal has done its work for ninety years,",
                        "It is time to let it rest.",
                        "Nobody will be left on the quay,")
                .doesNotContain("slow goodbye");
        for (Map<String, Object> quote : quotes) {
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(substringByCodePoints(text, start, end)).isEqualTo(quote.get("text"));
        }
        assertThat(quotes)
                .filteredOn(q -> String.valueOf(q.get("text")).startsWith("Nobody"))
                .singleElement()
                .satisfies(q -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> speaker = (Map<String, Object>) q.get("speaker");
                    assertThat(speaker.get("name")).isEqualTo("Marta Keane");
                    assertThat(speaker.get("role")).asString().contains("director of operations");
                    assertThat(q.get("cue")).isEqualTo("told");
                });
    }

    @Test
    void thePublicSeesOnlyConfirmedQuotationsOfPublishedArticles() {
        JsonPath imported = importStory("Terminal closure, public view " + System.nanoTime());
        long articleId = imported.getLong("article.id");
        String slug = imported.getString("article.slug");
        long quoteId = idOfQuoteStartingWith(imported, "Nobody");

        given().get("/api/v1/articles/" + slug + "/quotes").then().statusCode(404);
        staff().post("/api/v1/admin/quotes/" + quoteId + "/confirm").then().statusCode(200);
        given().queryParam("article", slug).get("/api/v1/quotes").then().body("items", empty());

        staff().post("/api/v1/admin/articles/" + articleId + "/publish").then().statusCode(200);
        rejectEverythingBut(articleId, quoteId);

        given().get("/api/v1/articles/" + slug + "/quotes")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Surrogate-Key", "quotes article-" + articleId)
                .body("items.id", contains((int) quoteId))
                .body("items[0].speaker.slug", equalTo("marta-keane"))
                .body("items[0].citation.text", startsWith("“Nobody will be left on the quay” — Marta Keane"))
                .body("items[0].citation.text", containsString("/articles/" + slug))
                .body("items[0].citation.html", containsString("<blockquote cite="))
                .body("items[0].jsonLd.'@type'", equalTo("Quotation"))
                .body("items[0].jsonLd.creator.name", equalTo("Marta Keane"))
                .body("items[0].jsonLd.isPartOf.'@type'", equalTo("NewsArticle"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("status")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("reviewedBy")));
        given().get("/api/v1/quotes/" + quoteId).then().statusCode(200).body("article.slug", equalTo(slug));
        given().queryParam("speaker", "marta-keane")
                .queryParam("q", "QUAY")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) quoteId));
        given().get("/api/v1/people/marta-keane/quotes").then().statusCode(200).body("items.id", hasItem((int)
                quoteId));
        given().get("/api/v1/people/nobody-at-all/quotes").then().statusCode(404);
    }

    @Test
    void aRejectedQuotationStaysRejectedWhenExtractionRunsAgain() {
        JsonPath imported = importStory("Terminal closure, rejection " + System.nanoTime());
        long articleId = imported.getLong("article.id");
        long rejected = idOfQuoteStartingWith(imported, "It is time");

        staff().post("/api/v1/admin/quotes/" + rejected + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("rejected"))
                .body("reviewedBy", equalTo("bootstrap"));

        int decided = staff().get("/api/v1/admin/articles/" + articleId + "/quotes")
                .jsonPath()
                .getList("items.findAll { it.status != 'suggested' }")
                .size();

        staff().post("/api/v1/admin/articles/" + articleId + "/quotes/extract")
                .then()
                .statusCode(200)
                .body("report.kept", equalTo(decided))
                .body("items.findAll { it.text == 'It is time to let it rest.' }.status", contains("rejected"));
    }

    @Test
    void editorsCorrectTheSpeakerAndSpanAndAddQuotationsByHand() {
        JsonPath imported = importStory("Terminal closure, corrections " + System.nanoTime());
        long articleId = imported.getLong("article.id");
        String text = imported.getString("article.bodyText");
        long quoteId = idOfQuoteStartingWith(imported, "The terminal");

        staff().body(Map.of("speakerName", "Tobias Grell", "speakerRole", "union organiser"))
                .patch("/api/v1/admin/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .body("speaker.slug", equalTo("tobias-grell"))
                .body("speaker.role", equalTo("union organiser"))
                .body("status", equalTo("confirmed"));

        int start = text.indexOf("a decision made without us");
        staff().body(Map.of(
                        "start",
                        start,
                        "end",
                        start + "a decision made without us".length(),
                        "speaker",
                        "tobias-grell",
                        "cue",
                        "said",
                        "kind",
                        "mixed"))
                .post("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/quotes/"))
                .body("text", equalTo("a decision made without us"))
                .body("origin", equalTo("editor"))
                .body("status", equalTo("confirmed"))
                .body("paragraph", equalTo(3));

        staff().body(Map.of("start", 5, "end", 5_000_000))
                .post("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        staff().body(Map.of("start", 0, "end", 3, "speaker", "no-such-person"))
                .post("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("speaker"));
    }

    @Test
    void editingTheBodyKeepsConfirmedQuotationsOnTheirWords() {
        JsonPath imported = importStory("Terminal closure, edits " + System.nanoTime());
        long articleId = imported.getLong("article.id");
        long quoteId = idOfQuoteStartingWith(imported, "Nobody");
        staff().post("/api/v1/admin/quotes/" + quoteId + "/confirm").then().statusCode(200);
        String body =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("body");

        staff().body(Map.of("body", "A new opening paragraph, added later.\n\n" + body))
                .patch("/api/v1/admin/articles/" + articleId)
                .then()
                .statusCode(200);

        Response quote = staff().get("/api/v1/admin/quotes/" + quoteId);
        quote.then().statusCode(200).body("status", equalTo("confirmed")).body("paragraph", equalTo(6));
        String text =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("bodyText");
        assertThat(substringByCodePoints(
                        text, quote.jsonPath().getInt("start"), quote.jsonPath().getInt("end")))
                .isEqualTo("Nobody will be left on the quay,");
    }

    @Test
    void theExtractEndpointStoresNothing() {
        long before = staff().queryParam("status", "suggested")
                .queryParam("limit", 100)
                .get("/api/v1/admin/quotes")
                .jsonPath()
                .getList("items")
                .size();

        given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("text/plain; charset=UTF-8")
                .body("“We will open on Friday,” said Ana Ruiz, the museum's director.")
                .post("/api/v1/admin/quotes/extract")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("We will open on Friday,"))
                .body("items[0].speaker.name", equalTo("Ana Ruiz"))
                .body("items[0].kind", equalTo("direct"))
                .body("items[0].start", equalTo(1));

        long after = staff().queryParam("status", "suggested")
                .queryParam("limit", 100)
                .get("/api/v1/admin/quotes")
                .jsonPath()
                .getList("items")
                .size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aQuotationListCostsOneStatementWhateverItsSize() {
        JsonPath imported = importStory("Terminal closure, statements " + System.nanoTime());
        long articleId = imported.getLong("article.id");
        staff().post("/api/v1/admin/articles/" + articleId + "/publish").then().statusCode(200);
        for (Map<String, Object> quote : imported.<Map<String, Object>>getList("quotes")) {
            staff().post("/api/v1/admin/quotes/" + quote.get("id") + "/confirm")
                    .then()
                    .statusCode(200);
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        given().queryParam("article", imported.getString("article.slug"))
                .queryParam("limit", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.speaker.name", everyItem(notNullValue()));

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    private static void rejectEverythingBut(long articleId, long keep) {
        for (int id : staff().get("/api/v1/admin/articles/" + articleId + "/quotes")
                .jsonPath()
                .<Integer>getList("items.id")) {
            if (id != keep) {
                staff().post("/api/v1/admin/quotes/" + id + "/reject").then().statusCode(200);
            }
        }
    }

    private static long idOfQuoteStartingWith(JsonPath imported, String opening) {
        return imported.<Map<String, Object>>getList("quotes").stream()
                .filter(q -> String.valueOf(q.get("text")).startsWith(opening))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quotation starts with " + opening));
    }

    static String substringByCodePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void speakersAreKindsOfSourceAndAnOrganisationIsAnOrganizationInJsonLd() {
        long articleId = Api.article()
                .with("title", "Pier levy " + Api.unique("k"))
                .with(
                        "body",
                        "“The levy is temporary and will end in May,” the Norrvik Harbour Authority said on Monday.\n\n"
                                + "According to the audit, spending on the pier was “out of control for years.”\n\n"
                                + "“We will appeal the ruling before the summer,” a spokesman for the ministry said.\n\n"
                                + "“Nobody asked the fishermen what they wanted,” said Ida Lund, a trawler skipper.")
                .published();
        JsonPath quotes = staff().get("/api/v1/admin/articles/" + articleId + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = quotes.getList("items");
        Map<String, String> kinds = new java.util.HashMap<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) item.get("speaker");
            kinds.put(
                    ((String) item.get("text")).substring(0, 6), speaker == null ? null : (String) speaker.get("kind"));
        }
        assertThat(kinds)
                .containsEntry("The le", "organisation")
                .containsEntry("out of", "document")
                .containsEntry("We wil", "description")
                .containsEntry("Nobody", "person");

        long organisationQuote = items.stream()
                .filter(item -> ((String) item.get("text")).startsWith("The levy"))
                .mapToLong(item -> ((Number) item.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        staff().post("/api/v1/admin/quotes/" + organisationQuote + "/confirm")
                .then()
                .statusCode(200);
        given().get("/api/v1/quotes/" + organisationQuote)
                .then()
                .statusCode(200)
                .body("speaker.kind", equalTo("organisation"))
                .body("speaker.slug", equalTo("norrvik-harbour-authority"))
                .body("jsonLd.creator.'@type'", equalTo("Organization"))
                .body("jsonLd.creator.name", equalTo("Norrvik Harbour Authority"));
        given().get("/api/v1/people/norrvik-harbour-authority")
                .then()
                .statusCode(200)
                .body("kind", equalTo("organisation"));
        given().get("/api/v1/people/ida-lund").then().statusCode(200).body("kind", equalTo("person"));
    }
}
