package io.lede.syndication;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.lede.image.ImageHost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partner reads: only what the policy in force lets through, with credit, rights and the policy named. */
@QuarkusTest
class PartnerReadsTest {

    private static final String FIRST = "The tram line was approved on Tuesday after a six-hour debate.";
    private static final String SECOND = "Building starts in spring and the line opens in 2029.";
    private static final String SECRET_PARAGRAPH = "A third paragraph only full-text partners may read.";
    private static final String BODY = FIRST + " " + SECOND + "\n\n" + SECRET_PARAGRAPH;

    private static String standardKey;
    private static String premiumKey;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A partner of the standard tier, made once the application is up. */
    static String standard() {
        if (standardKey == null) {
            standardKey = partnerKey("standard");
        }
        return standardKey;
    }

    static String premium() {
        if (premiumKey == null) {
            premiumKey = partnerKey("premium");
        }
        return premiumKey;
    }

    static String partnerKey(String tier) {
        long id = staff().body(Map.of(
                        "name",
                        "Partner " + Api.unique("p"),
                        "contact",
                        "desk@partner.example",
                        "tier",
                        tier,
                        "formats",
                        List.of("json")))
                .post("/api/v1/admin/partners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return staff().body(Map.of("name", "test key"))
                .post("/api/v1/admin/partners/" + id + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
    }

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    static Map<String, Object> terms(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + Api.unique("p"));
        return body;
    }

    static long policy(Map<String, Object> terms) {
        return PolicyApiTest.createPolicy(terms);
    }

    static void assign(long articleId, long policyId) {
        staff().body(Map.of("policyId", policyId))
                .put("/api/v1/admin/articles/" + articleId + "/policy")
                .then()
                .statusCode(200);
    }

    /** A published article under its own policy; returns its slug. */
    static String articleUnder(Map<String, Object> terms, String body) {
        long id = Api.article()
                .with("body", body)
                .with("dek", "A dek only snippets may show.")
                .published();
        assign(id, policy(terms));
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    @Test
    void theExcerptIsCutAtASentenceAndTheBodyWithheldFromAStandardPartner() {
        Map<String, Object> terms = terms("Short");
        terms.put("maxCharacters", 100);
        terms.put("fullTextTiers", List.of("premium"));
        String slug = articleUnder(terms, BODY);

        Response read = as(standard()).get("/api/v1/partner/articles/" + slug);
        read.then()
                .statusCode(200)
                .header("Cache-Control", startsWith("private"))
                .body("excerpt.text", equalTo(FIRST))
                .body("excerpt.html", equalTo("<p>" + FIRST + "</p>"))
                .body("excerpt.truncated", equalTo(true))
                .body("excerpt.reason", equalTo("maxCharacters"))
                .body("body", nullValue())
                .body("rights.status", equalTo("usable"))
                .body("policy.version", equalTo(1))
                .body("policy.url", containsString("/api/v1/policies/"));
        assertThat(read.asString()).doesNotContain(SECOND).doesNotContain(SECRET_PARAGRAPH);

        as(premium())
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .statusCode(200)
                .body("excerpt.text", equalTo(FIRST))
                .body("body.text", equalTo(BODY))
                .body("body.html", containsString(SECRET_PARAGRAPH));
    }

    @Test
    void everyArticleSentToAPartnerIsInItsUsageLedgerWhetherBuiltOrRemembered() {
        Map<String, Object> terms = terms("Ledger");
        terms.put("maxCharacters", 100);
        terms.put("fullTextTiers", List.of("premium"));
        String slug = articleUnder(terms, BODY);
        long id = staff().get("/api/v1/admin/articles/" + slug).jsonPath().getLong("id");
        String key = partnerKey("premium");

        String etag = as(key).get("/api/v1/partner/articles/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(key).get("/api/v1/partner/articles/" + slug).then().statusCode(200);
        as(key).header("If-None-Match", etag)
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .statusCode(304);
        as(key).get("/api/v1/partner/articles?limit=100").then().statusCode(200);

        List<Map<String, Object>> rows = as(key).get("/api/v1/partner/usage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.articleId == " + id + " }");
        // Two full texts (a 304 sends nothing), and the list's excerpt.
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("requests", 3)
                .containsEntry("fullTexts", 2)
                .containsEntry("excerpts", 1));
    }

    @Test
    void theFeaturedImageReachesAPartnerOnlyAsFarAsThePolicyLetsIt() {
        try (ImageHost host = new ImageHost()) {
            String url = host.png(1600, 900);
            long image = staff().body(Map.of("url", url, "alt", "The first rails on Quay Street"))
                    .post("/api/v1/admin/images")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            Map<String, String> seen = new LinkedHashMap<>();
            for (String preview : List.of("none", "thumbnail", "standard")) {
                Map<String, Object> terms = terms("Pictures " + preview);
                terms.put("imagePreview", preview);
                long id = Api.article()
                        .with("body", BODY)
                        .with("featuredImageId", image)
                        .published();
                assign(id, policy(terms));
                String slug =
                        staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
                Response read = as(standard()).get("/api/v1/partner/articles/" + slug);
                read.then()
                        .statusCode(200)
                        .header(
                                "Surrogate-Key",
                                preview.equals("none") ? notNullValue() : containsString("image-" + image));
                seen.put(
                        preview,
                        read.jsonPath().getString("image.width") + "x"
                                + read.jsonPath().getString("image.height"));
                if (preview.equals("none")) {
                    assertThat(read.asString()).doesNotContain(url);
                }
                as(standard())
                        .get("/api/v1/partner/articles?limit=100")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.find { it.slug == '" + slug + "' }.image.width",
                                preview.equals("none")
                                        ? nullValue()
                                        : equalTo(preview.equals("thumbnail") ? 320 : 1600));
            }
            assertThat(seen)
                    .containsExactly(
                            Map.entry("none", "nullxnull"),
                            Map.entry("thumbnail", "320x180"),
                            Map.entry("standard", "1600x900"));
        }
    }

    @Test
    void multibyteTextIsCutOnWholeWordsAndCodePoints() {
        Map<String, Object> terms = terms("Words");
        terms.put("maxCharacters", 24);
        terms.put("cutAtSentence", false);
        String body = "Café 🎉🎉 naïve façade über straße. Second sentence.";
        String slug = articleUnder(terms, body);
        String text = as(standard())
                .get("/api/v1/partner/articles/" + slug)
                .jsonPath()
                .getString("excerpt.text");
        assertThat(text).isEqualTo("Café 🎉🎉 naïve façade…");
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(24);
    }

    @Test
    void aQuotationIsNeverCutInHalf() {
        Map<String, Object> terms = terms("Quotes whole");
        terms.put("maxCharacters", 70);
        String body = "The mayor spoke. “We will build it. We will open it. We will run it,” she said.";
        String slug = articleUnder(terms, body);
        as(standard())
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .statusCode(200)
                .body("excerpt.text", equalTo("The mayor spoke."));
    }

    @Test
    void nosnippetSendsNoExcerptNoDekAndNoBody() {
        Map<String, Object> terms = terms("Nosnippet");
        terms.put("excerptsAllowed", false);
        String slug = articleUnder(terms, BODY);
        Response read = as(premium()).get("/api/v1/partner/articles/" + slug);
        read.then()
                .statusCode(200)
                .body("excerpt", nullValue())
                .body("dek", nullValue())
                .body("body", nullValue())
                .body("rights.status", equalTo("withheld"))
                .body("attribution.text", containsString(slug));
        assertThat(read.asString()).doesNotContain(FIRST).doesNotContain("A dek only");
    }

    @Test
    void anEmbargoedArticleIsNotFoundUntilItsTimeAndLeftOutOfLists() {
        String tag = Api.createTag();
        Map<String, Object> terms = terms("Embargo");
        terms.put("embargoUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        long embargoed = Api.article().with("body", BODY).tags(tag).published();
        assign(embargoed, policy(terms));
        long open = Api.article().with("body", BODY).tags(tag).published();
        String slug =
                staff().get("/api/v1/admin/articles/" + embargoed).jsonPath().getString("slug");

        as(standard()).get("/api/v1/partner/articles/" + slug).then().statusCode(404);
        as(standard())
                .queryParam("tag", tag)
                .get("/api/v1/partner/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) open)));

        Map<String, Object> past = terms("Embargo over");
        past.put("embargoUntil", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        assign(embargoed, policy(past));
        as(standard()).get("/api/v1/partner/articles/" + slug).then().statusCode(200);
    }

    @Test
    void aWithdrawnArticleIsGoneWithATombstoneAndDraftsAreNotFound() {
        long id = Api.article().with("body", BODY).published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        as(standard()).get("/api/v1/partner/articles/" + slug).then().statusCode(200);
        staff().post("/api/v1/admin/articles/" + id + "/unpublish").then().statusCode(200);

        Response gone = as(standard()).get("/api/v1/partner/articles/" + slug);
        gone.then()
                .statusCode(410)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(410))
                .body("tombstone.slug", equalTo(slug))
                .body("tombstone.status", equalTo("canceled"))
                .body("tombstone.withdrawnAt", notNullValue());
        assertThat(gone.asString()).doesNotContain(FIRST);

        long draft = Api.article().with("body", BODY).draft();
        String draftSlug =
                staff().get("/api/v1/admin/articles/" + draft).jsonPath().getString("slug");
        Response missing = as(premium()).get("/api/v1/partner/articles/" + draftSlug);
        missing.then().statusCode(404);
        assertThat(missing.asString()).doesNotContain(FIRST);
        as(premium())
                .get("/api/v1/partner/articles?limit=100")
                .then()
                .body("items.slug", not(hasItem(draftSlug)))
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void theAttributionLinksTheCanonicalArticleInEveryForm() {
        Map<String, Object> terms = terms("Credit");
        terms.put("creditTemplate", "{title} — {publisher}, {canonicalUrl}");
        terms.put("tdmReserved", true);
        String title = "Tram <b>& \"pier\"</b> [vote] " + Api.unique("t");
        long id = Api.article().with("title", title).with("body", BODY).published();
        long policyId = policy(terms);
        assign(id, policyId);
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        String canonical = "https://news.example.com/articles/" + slug;

        Response read = as(standard()).get("/api/v1/partner/articles/" + slug);
        String policyUrl = read.jsonPath().getString("policy.url");
        read.then()
                .statusCode(200)
                .header(
                        "Link",
                        equalTo("<" + canonical + ">; rel=\"canonical\", <" + canonical + ">; rel=\"cite-as\", <"
                                + policyUrl + ">; rel=\"license\""))
                .header("tdm-reservation", equalTo("1"))
                .body("policy.id", equalTo((int) policyId))
                .body("attribution.text", equalTo(title + " — Lede Demo Newsroom, " + canonical))
                .body(
                        "attribution.html",
                        equalTo("<a href=\"" + canonical + "\" rel=\"cite-as\">Tram &lt;b&gt;&amp; &quot;pier&quot;"
                                + "&lt;/b&gt; [vote] " + title.substring(title.lastIndexOf(' ') + 1)
                                + "</a> — Lede Demo Newsroom, <a href=\"" + canonical + "\" rel=\"cite-as\">"
                                + canonical + "</a>"))
                .body("attribution.markdown", containsString("](<" + canonical + ">)"))
                .body("attribution.markdown", containsString("\\[vote\\]"))
                .body("attribution.markdown", endsWith("<" + canonical + ">"))
                .body("attribution.jsonLd.'@type'", equalTo("NewsArticle"))
                .body("attribution.jsonLd.url", equalTo(canonical))
                .body("attribution.jsonLd.isBasedOn", equalTo(canonical))
                .body("attribution.jsonLd.creditText", equalTo(title + " — Lede Demo Newsroom, " + canonical))
                .body("attribution.jsonLd.license", equalTo(policyUrl))
                .body("attribution.jsonLd.copyrightHolder.name", equalTo("Lede Demo Newsroom"))
                .body("rights.copyrightHolder", equalTo("Lede Demo Newsroom"))
                .body("rights.notice", startsWith("©"));
        // JSON-LD is escaped for a script element: no raw angle bracket inside it.
        String raw = read.asString();
        String jsonLd = raw.substring(raw.indexOf("\"jsonLd\""));
        assertThat(jsonLd).doesNotContain("<b>");
    }

    @Test
    void noTdmHeaderWhereThePolicyDoesNotReserveIt() {
        Map<String, Object> terms = terms("TDM open");
        terms.put("tdmReserved", false);
        String slug = articleUnder(terms, BODY);
        Response read = as(standard()).get("/api/v1/partner/articles/" + slug);
        read.then().statusCode(200).body("rights.tdmReserved", equalTo(false));
        assertThat(read.header("tdm-reservation")).isNull();
    }

    @Test
    void aChangedPolicyIsNamedAtItsNewVersionOnTheNextRead() {
        Map<String, Object> terms = terms("Changing");
        terms.put("maxParagraphs", 1);
        long id = Api.article().with("body", BODY).published();
        long policyId = policy(terms);
        assign(id, policyId);
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        as(standard()).get("/api/v1/partner/articles/" + slug).then().body("policy.version", equalTo(1));

        terms.put("excerptsAllowed", false);
        staff().body(terms).put("/api/v1/admin/policies/" + policyId).then().statusCode(200);
        as(standard())
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .body("policy.version", equalTo(2))
                .body("excerpt", nullValue());
    }

    @Test
    void theCascadeDecidesWhatAPartnerGets() {
        String tag = Api.createTag();
        long id = Api.article().with("body", BODY).tags(tag).published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        Map<String, Object> section = terms("Section");
        section.put("maxParagraphs", 1);
        section.put("maxCharacters", 70);
        long tagPolicy = policy(section);
        staff().body(Map.of("policyId", tagPolicy)).put("/api/v1/admin/tags/" + tag + "/policy");
        as(standard())
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .body("policy.id", equalTo((int) tagPolicy))
                .body("excerpt.text", equalTo(FIRST));

        Map<String, Object> own = terms("Own");
        own.put("fullTextTiers", List.of("standard"));
        long ownPolicy = policy(own);
        assign(id, ownPolicy);
        as(standard())
                .get("/api/v1/partner/articles/" + slug)
                .then()
                .body("policy.id", equalTo((int) ownPolicy))
                .body("body.text", equalTo(BODY));
    }

    @Test
    void quotationsGoOnlyWhereThePolicyAllowsAndOnlyConfirmed() {
        String body = "The board met on Monday. “We will keep the lamp lit all winter,” said Ada Quist, who chairs"
                + " it.\n\n“Nobody asked us first,” said Rolf Hain, a keeper.\n\nSomeone wrote “not again” on a"
                + " wall.";
        long allowed = Api.article().with("body", body).published();
        List<Map<String, Object>> quotes = staff().get("/api/v1/admin/articles/" + allowed + "/quotes")
                .jsonPath()
                .getList("items");
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(2);
        long confirmed = ((Number) quotes.get(0).get("id")).longValue();
        long rejected = ((Number) quotes.get(1).get("id")).longValue();
        staff().post("/api/v1/admin/quotes/" + confirmed + "/confirm").then().statusCode(200);
        staff().post("/api/v1/admin/quotes/" + rejected + "/reject").then().statusCode(200);
        List<Long> suggestions = quotes.stream()
                .filter(q -> "suggested".equals(q.get("status")))
                .map(q -> ((Number) q.get("id")).longValue())
                .filter(id -> id != confirmed && id != rejected)
                .toList();
        String slug =
                staff().get("/api/v1/admin/articles/" + allowed).jsonPath().getString("slug");

        as(standard())
                .get("/api/v1/partner/quotes/" + confirmed)
                .then()
                .statusCode(200)
                .body("text", equalTo(quotes.get(0).get("text")))
                .body("article.slug", equalTo(slug))
                .body("attribution.jsonLd.'@type'", equalTo("Quotation"))
                .body("attribution.jsonLd.isBasedOn", endsWith("/articles/" + slug))
                .body("attribution.jsonLd.license", containsString("/api/v1/policies/"))
                .header("Link", containsString("rel=\"license\""));
        as(standard()).get("/api/v1/partner/quotes/" + rejected).then().statusCode(404);
        for (long suggestion : suggestions) {
            as(standard()).get("/api/v1/partner/quotes/" + suggestion).then().statusCode(404);
        }
        as(standard())
                .queryParam("article", slug)
                .get("/api/v1/partner/quotes")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) confirmed)));

        Map<String, Object> noQuotes = terms("No quotations");
        noQuotes.put("quotationsAllowed", false);
        assign(allowed, policy(noQuotes));
        as(standard()).get("/api/v1/partner/quotes/" + confirmed).then().statusCode(404);
        as(standard())
                .queryParam("article", slug)
                .get("/api/v1/partner/quotes")
                .then()
                .body("items", equalTo(List.of()));
        Response article = as(standard()).get("/api/v1/partner/articles/" + slug);
        article.then().statusCode(200).body("excerpt.reason", equalTo("quotationsNotAllowed"));
        assertThat(article.asString()).doesNotContain("lamp lit").doesNotContain("Nobody asked");
    }

    @Test
    void theListTakesThePublicFiltersAndPages() {
        String tag = Api.createTag();
        long older = Api.article().with("body", BODY).tags(tag).published();
        long newer = Api.article().with("body", BODY).tags(tag).published();
        Response first =
                as(standard()).queryParam("tag", tag).queryParam("limit", 1).get("/api/v1/partner/articles");
        first.then()
                .statusCode(200)
                .header("Cache-Control", startsWith("private"))
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", equalTo(List.of((int) newer)))
                .body("items[0].excerpt.text", notNullValue())
                .body("items[0].credit", containsString("https://news.example.com/articles/"))
                .body("items[0].policy.url", containsString("/api/v1/policies/"));
        as(standard())
                .queryParam("tag", tag)
                .queryParam("limit", 1)
                .queryParam("cursor", first.jsonPath().getString("nextCursor"))
                .get("/api/v1/partner/articles")
                .then()
                .body("items.id", equalTo(List.of((int) older)))
                .body("nextCursor", nullValue());
        as(standard())
                .queryParam("since", "not-a-date")
                .get("/api/v1/partner/articles")
                .then()
                .statusCode(400);
    }

    @Test
    void partnerReadsNeedAPartnerKey() {
        given().get("/api/v1/partner/articles").then().statusCode(401);
        staff().get("/api/v1/partner/articles").then().statusCode(403);
        as("not-a-key").get("/api/v1/partner/articles").then().statusCode(401);
    }
}
