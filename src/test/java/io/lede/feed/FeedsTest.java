package io.lede.feed;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feeds in every format: valid, credited and linked in every item, cut by the policy, paged, tombstoned, cached. */
@QuarkusTest
class FeedsTest {

    static final String FIRST = "The tram line was approved on Tuesday after a six-hour debate.";
    static final String SECOND = "Building starts in spring and the line opens in 2029.";
    static final String SECRET = "A third paragraph only full-text partners may read.";
    static final String BODY = FIRST + " " + SECOND + "\n\n" + SECRET;
    static final String RFC_3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
    static final String RFC_822 = "[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d (GMT|UTC|Z)";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static long policy(Map<String, Object> terms) {
        Map<String, Object> body = new LinkedHashMap<>(terms);
        body.put("name", "Feed policy " + Api.unique("p"));
        return staff().body(body)
                .post("/api/v1/admin/policies")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static void assign(long articleId, long policyId) {
        staff().body(Map.of("policyId", policyId))
                .put("/api/v1/admin/articles/" + articleId + "/policy")
                .then()
                .statusCode(200);
    }

    static String slugOf(long id) {
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    static Channel rss(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).header("Content-Type", startsWith(FeedFormat.RSS_TYPE));
        return (Channel) parse(response.asString());
    }

    static Feed atom(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).header("Content-Type", startsWith(FeedFormat.ATOM_TYPE));
        return (Feed) parse(response.asString());
    }

    static JsonPath json(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).header("Content-Type", startsWith(FeedFormat.JSON_TYPE));
        return response.jsonPath();
    }

    static com.rometools.rome.feed.WireFeed parse(String xml) {
        try {
            return new WireFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("Not a feed Rome can read: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static String link(List<Link> links, String rel) {
        return links.stream()
                .filter(l -> rel.equals(l.getRel()))
                .map(Link::getHref)
                .findFirst()
                .orElse(null);
    }

    @Test
    void everyFormatHasItsRequiredElementsAndTheCreditAndLinkInEveryItem() {
        String tag = Api.createTag();
        String author = Api.createPerson("Ada Feedwriter");
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("maxCharacters", 100);
        long id = Api.article().with("body", BODY).tags(tag).authors(author).published();
        assign(id, policy(terms));
        String slug = slugOf(id);
        String canonical = "https://news.example.com/articles/" + slug;

        Response rawRss = given().get("/feeds/tags/" + tag + ".rss");
        assertThat(rawRss.asString()).containsPattern("<pubDate>" + RFC_822 + "</pubDate>");
        Channel channel = rss("/feeds/tags/" + tag + ".rss");
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).contains("Tag " + tag);
        assertThat(channel.getLink()).isEqualTo("https://news.example.com");
        assertThat(channel.getDescription()).isNotBlank();
        assertThat(channel.getCopyright()).contains("Lede Demo Newsroom");
        assertThat(channel.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getTitle()).startsWith("A story");
            assertThat(item.getLink()).isEqualTo(canonical);
            assertThat(item.getGuid().getValue()).isEqualTo("tag:news.example.com,2026:article-" + id);
            assertThat(item.getGuid().isPermaLink()).isFalse();
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getSource().getValue()).isEqualTo("Lede Demo Newsroom");
            assertThat(item.getDescription().getValue())
                    .contains(FIRST)
                    .doesNotContain(SECOND)
                    .doesNotContain(SECRET)
                    .contains("href=\"" + canonical + "\"")
                    .contains("lede-credit");
        });
        assertThat(rawRss.asString()).contains("<dc:rights>").contains("<dc:creator>Ada Feedwriter</dc:creator>");

        Response rawAtom = given().get("/feeds/tags/" + tag + ".atom");
        assertThat(rawAtom.asString()).containsPattern("<updated>" + RFC_3339 + "</updated>");
        Feed feed = atom("/feeds/tags/" + tag + ".atom");
        assertThat(feed.getId()).isEqualTo("tag:news.example.com,2026:feeds/tags/" + tag);
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(link(feed.getOtherLinks(), "self")).endsWith("/feeds/tags/" + tag + ".atom");
        assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getId()).isEqualTo("tag:news.example.com,2026:article-" + id);
            assertThat(entry.getTitle()).startsWith("A story");
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getRights()).contains("©").contains("/api/v1/policies/");
            assertThat(link(entry.getOtherLinks(), "license")).contains("/api/v1/policies/");
            assertThat(link(entry.getAlternateLinks(), "alternate")).isEqualTo(canonical);
            assertThat(entry.getSource()).isNotNull();
            assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly("Ada Feedwriter");
            assertThat(entry.getContents().get(0).getValue())
                    .contains(FIRST)
                    .doesNotContain(SECOND)
                    .contains("href=\"" + canonical + "\"");
        });

        JsonPath json = json("/feeds/tags/" + tag + ".json");
        assertThat(json.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.getString("title")).isNotBlank();
        assertThat(json.getString("feed_url")).endsWith("/feeds/tags/" + tag + ".json");
        assertThat(json.getList("items")).hasSize(1);
        assertThat(json.getString("items[0].id")).isEqualTo("tag:news.example.com,2026:article-" + id);
        assertThat(json.getString("items[0].url")).isEqualTo(canonical);
        assertThat(json.getString("items[0].date_published")).matches(RFC_3339);
        assertThat(json.getString("items[0].content_html"))
                .contains(FIRST)
                .doesNotContain(SECOND)
                .contains("href=\"" + canonical + "\"");
        assertThat(json.getString("items[0]._rights.license")).contains("/api/v1/policies/");
        assertThat(json.getString("items[0]._attribution.text")).contains(canonical);
        assertThat(json.getString("items[0].authors[0].name")).isEqualTo("Ada Feedwriter");

        Feed byAuthor = atom("/feeds/authors/" + author + ".atom");
        assertThat(byAuthor.getEntries())
                .extracting(Entry::getId)
                .containsExactly("tag:news.example.com,2026:article-" + id);
    }

    @Test
    void anEditKeepsTheIdAndMovesTheETagAndLastModified() throws InterruptedException {
        String tag = Api.createTag();
        long id = Api.article().with("body", BODY).tags(tag).published();
        String path = "/feeds/tags/" + tag + ".atom";
        Response before = given().get(path);
        String id1 = ((Feed) parse(before.asString())).getEntries().get(0).getId();
        given().get("/api/v1/articles").then().statusCode(200); // unrelated reads do not move it
        given().get(path).then().header("ETag", equalTo(before.header("ETag")));
        Thread.sleep(1100);
        staff().contentType("application/merge-patch+json")
                .body(Map.of("title", "A new headline " + Api.unique("h")))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        Response after = given().get(path);
        Entry entry = ((Feed) parse(after.asString())).getEntries().get(0);
        assertThat(entry.getId()).isEqualTo(id1);
        assertThat(entry.getTitle()).startsWith("A new headline");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.header("Last-Modified")).isNotEqualTo(before.header("Last-Modified"));
        assertThat(json("/feeds/tags/" + tag + ".json").getString("items[0].id"))
                .isEqualTo(id1);
    }

    @Test
    void nosnippetLeavesTheExcerptOutButKeepsTheCreditAndLink() {
        String tag = Api.createTag();
        long id = Api.article()
                .with("body", BODY)
                .with("dek", "A dek only snippets show.")
                .tags(tag)
                .published();
        assign(id, policy(Map.of("excerptsAllowed", false)));
        for (String format : List.of("rss", "atom", "json")) {
            String body = given().get("/feeds/tags/" + tag + "." + format)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(body)
                    .doesNotContain(FIRST)
                    .doesNotContain("A dek only snippets show")
                    .contains("news.example.com/articles/" + slugOf(id))
                    .contains("lede-credit");
        }
    }

    @Test
    void pagesFollowNextAndPrevArchiveAndNextUrl() {
        String tag = Api.createTag();
        long oldest = Api.article().tags(tag).published();
        long middle = Api.article().tags(tag).published();
        long newest = Api.article().tags(tag).published();

        Feed first = atom("/feeds/tags/" + tag + ".atom?limit=2");
        assertThat(first.getEntries()).extracting(Entry::getId).containsExactly(idOf(newest), idOf(middle));
        String next = link(first.getOtherLinks(), "next");
        assertThat(link(first.getOtherLinks(), "prev-archive")).isEqualTo(next);
        assertThat(next).contains("limit=2").contains("cursor=");
        Feed second = atom(next.substring(next.indexOf("/feeds/")));
        assertThat(second.getEntries()).extracting(Entry::getId).containsExactly(idOf(oldest));
        assertThat(link(second.getOtherLinks(), "next")).isNull();
        assertThat(link(second.getOtherLinks(), "first")).endsWith("/feeds/tags/" + tag + ".atom?limit=2");

        JsonPath json = json("/feeds/tags/" + tag + ".json?limit=2");
        String nextUrl = json.getString("next_url");
        assertThat(nextUrl).contains("cursor=");
        JsonPath page2 = json(nextUrl.substring(nextUrl.indexOf("/feeds/")));
        assertThat(page2.getList("items.id")).containsExactly(idOf(oldest));
        assertThat(page2.getString("next_url")).isNull();

        given().get("/feeds/tags/" + tag + ".atom?cursor=garbage")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/feeds/tags/" + tag + ".atom?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    static String idOf(long articleId) {
        return "tag:news.example.com,2026:article-" + articleId;
    }

    @Test
    void aWithdrawnArticleIsATombstoneAndADraftIsNowhere() {
        String tag = Api.createTag();
        long kept = Api.article().tags(tag).published();
        long withdrawn = Api.article()
                .with("body", "Words about to go. " + BODY)
                .tags(tag)
                .published();
        String withdrawnSlug = slugOf(withdrawn);
        long draft = Api.article()
                .with("body", "A draft nobody may see yet.")
                .tags(tag)
                .draft();
        staff().post("/api/v1/admin/articles/" + withdrawn + "/unpublish")
                .then()
                .statusCode(200);

        Response raw = given().get("/feeds/tags/" + tag + ".atom");
        Feed atom = (Feed) parse(raw.asString());
        assertThat(atom.getEntries()).extracting(Entry::getId).containsExactly(idOf(kept));
        List<Element> deleted = atom.getForeignMarkup().stream()
                .filter(e -> e.getName().equals("deleted-entry")
                        && e.getNamespaceURI().equals("http://purl.org/atompub/tombstones/1.0"))
                .toList();
        assertThat(deleted).singleElement().satisfies(e -> {
            assertThat(e.getAttributeValue("ref")).isEqualTo(idOf(withdrawn));
            assertThat(e.getAttributeValue("when")).matches(RFC_3339);
        });

        JsonPath json = json("/feeds/tags/" + tag + ".json");
        assertThat(json.getList("items.id")).containsExactly(idOf(withdrawn), idOf(kept));
        assertThat(json.getString("items[0]._tombstone.status")).isEqualTo("canceled");
        assertThat(json.getString("items[0]._tombstone.withdrawn_at")).matches(RFC_3339);
        assertThat(json.getString("items[0].content_html")).isNull();

        Channel rss = rss("/feeds/tags/" + tag + ".rss");
        assertThat(rss.getItems()).extracting(Item::getLink).noneMatch(l -> l.contains(withdrawnSlug));

        for (String format : List.of("rss", "atom", "json")) {
            String body = given().get("/feeds/tags/" + tag + "." + format).asString();
            assertThat(body).doesNotContain("A draft nobody may see").doesNotContain("Words about to go");
            assertThat(given().get("/feeds/articles." + format).asString()).doesNotContain("A draft nobody may see");
        }
        given().queryParam("url", "https://news.example.com/articles/" + slugOf(draft))
                .get("/oembed")
                .then()
                .statusCode(404);
    }

    @Test
    void conditionalRequestsAnswer304AndTheAnswerNamesWhatToPurge() {
        String tag = Api.createTag();
        long id = Api.article().tags(tag).published();
        for (String format : List.of("rss", "atom", "json")) {
            String path = "/feeds/tags/" + tag + "." + format;
            Response first = given().get(path);
            first.then()
                    .statusCode(200)
                    .header("ETag", startsWith("\""))
                    .header("Cache-Control", startsWith("public"))
                    .header("Surrogate-Key", containsString("feeds"))
                    .header("Surrogate-Key", containsString("article-" + id));
            given().header("If-None-Match", first.header("ETag"))
                    .get(path)
                    .then()
                    .statusCode(304);
            given().header("If-Modified-Since", first.header("Last-Modified"))
                    .get(path)
                    .then()
                    .statusCode(304);
        }
    }

    @Test
    void aBadAcceptOrAnUnknownTagIsAProblemNotAnError() {
        given().header("Accept", "text/html")
                .get("/feeds/articles.atom")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("detail", containsString("application/atom+xml"));
        given().header("Accept", "application/xml")
                .get("/feeds/articles.rss")
                .then()
                .statusCode(200);
        given().get("/feeds/tags/no-such-tag-" + Api.unique("x") + ".atom")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/feeds/authors/nobody-" + Api.unique("x") + ".json")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void articleListsNameTheirFeedsAndArticlesTheirOEmbed() {
        String tag = Api.createTag();
        String slug = slugOf(Api.article().tags(tag).published());
        given().queryParam("tag", tag)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header(
                        "Link",
                        containsString(
                                "/feeds/tags/" + tag + ".atom>; rel=\"alternate\"; type=\"application/atom+xml\""))
                .header(
                        "Link",
                        containsString("/feeds/articles.json>; rel=\"alternate\"; type=\"application/feed+json\""));
        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .header("Link", containsString("/oembed?url="))
                .header("Link", containsString("type=\"application/json+oembed\""));
    }
}
