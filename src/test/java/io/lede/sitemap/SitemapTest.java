package io.lede.sitemap;

import static io.lede.Api.article;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class SitemapTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITE = "https://news.example.com";
    private static final int PAGE_SIZE = 40;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Schema schema(String... files) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<Source> sources = new ArrayList<>();
        for (String file : files) {
            URL url = SitemapTest.class.getResource("/sitemaps/" + file);
            sources.add(new StreamSource(url.openStream(), url.toString()));
        }
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    /** Validates against the schemas, then parses. */
    private static Document valid(String xml, String... schemas) throws Exception {
        schema(schemas).newValidator().validate(new StreamSource(new StringReader(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
    }

    private static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Response xml(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).contentType("application/xml");
        return response;
    }

    private static String canonicalUrl(long id) {
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("canonicalUrl");
    }

    @Test
    void theIndexAndEveryArticlePageAreValidAndListEachPublicArticleOnce() throws Exception {
        long published = article().published();
        long draft = article().draft();
        int total = given().queryParam("include", "total")
                .get("/api/v1/articles")
                .jsonPath()
                .getInt("total");

        Document index = valid(xml("/sitemap.xml").asString(), "siteindex.xsd");
        List<String> sitemaps = texts(index, SITEMAP, "loc");
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(sitemaps).hasSize(pages + 1).contains(SITE + "/sitemaps/news.xml");
        assertThat(texts(index, SITEMAP, "lastmod")).hasSize(pages);

        List<String> urls = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            assertThat(sitemaps).contains(SITE + "/sitemaps/articles-" + page + ".xml");
            Document sitemap = valid(xml("/sitemaps/articles-" + page + ".xml").asString(), "sitemap.xsd");
            List<String> locs = texts(sitemap, SITEMAP, "loc");
            assertThat(locs.size()).isBetween(1, PAGE_SIZE);
            assertThat(texts(sitemap, SITEMAP, "lastmod")).hasSameSizeAs(locs);
            urls.addAll(locs);
        }
        assertThat(urls).hasSize(total).doesNotHaveDuplicates().contains(canonicalUrl(published));
        assertThat(urls).doesNotContain(canonicalUrl(draft));
        assertThat(urls).allSatisfy(url -> assertThat(url).startsWith(SITE + "/articles/"));

        given().get("/sitemaps/articles-" + (pages + 1) + ".xml").then().statusCode(404);
        given().get("/sitemaps/articles-0.xml").then().statusCode(404);
    }

    @Test
    void theNewsSitemapIsValidAndHoldsOnlyTheLastTwoDays() throws Exception {
        long fresh = article()
                .with("title", "Dockers & pilots agree <terms>")
                .with("language", "pt-BR")
                .published();
        long old = article().published();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update article set publish_at = :at where id = :id")
                        .setParameter("at", Instant.now().minus(3, ChronoUnit.DAYS))
                        .setParameter("id", old)
                        .executeUpdate());
        // The direct update bypassed the content version; publishing another article moves it.
        article().published();

        Document news = valid(xml("/sitemaps/news.xml").asString(), "sitemap.xsd", "sitemap-news.xsd");
        List<String> locs = texts(news, SITEMAP, "loc");
        assertThat(locs)
                .contains(canonicalUrl(fresh))
                .doesNotContain(canonicalUrl(old))
                .hasSizeLessThanOrEqualTo(1000);
        int position = locs.indexOf(canonicalUrl(fresh));
        Element entry = (Element) news.getElementsByTagNameNS(NEWS, "news").item(position);
        assertThat(entry.getElementsByTagNameNS(NEWS, "title").item(0).getTextContent())
                .isEqualTo("Dockers & pilots agree <terms>");
        assertThat(entry.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent())
                .isEqualTo("pt");
        assertThat(entry.getElementsByTagNameNS(NEWS, "name").item(0).getTextContent())
                .isEqualTo("Lede Demo Newsroom");
        Instant date = Instant.parse(
                entry.getElementsByTagNameNS(NEWS, "publication_date").item(0).getTextContent());
        assertThat(date).isAfter(Instant.now().minus(2, ChronoUnit.DAYS));
    }

    @Test
    void sitemapsAnswerConditionalRequestsAndChangeWhenAnArticleIsPublished() {
        article().published();
        Set<String> before = new HashSet<>();
        for (String path : List.of("/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/articles-1.xml")) {
            Response first = xml(path);
            String etag = first.header("ETag");
            assertThat(first.header("Cache-Control")).startsWith("public");
            assertThat(first.header("Last-Modified")).isNotNull();
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
            before.add(path + " " + etag);
        }

        article().published();

        given().header("If-None-Match", etagOf(before, "/sitemaps/news.xml"))
                .get("/sitemaps/news.xml")
                .then()
                .statusCode(200);
    }

    private static String etagOf(Set<String> tagged, String path) {
        return tagged.stream()
                .filter(entry -> entry.startsWith(path + " "))
                .map(entry -> entry.substring(path.length() + 1))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsCaught() {
        String invalid = "<urlset xmlns=\"" + SITEMAP + "\"><url><lastmod>2026-01-01</lastmod></url></urlset>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> valid(invalid, "sitemap.xsd"))
                .isInstanceOf(org.xml.sax.SAXException.class);
    }
}
