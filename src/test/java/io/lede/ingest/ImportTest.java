package io.lede.ingest;

import static io.lede.Api.ADMIN_TOKEN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    private static final String IMPORT = "/api/v1/admin/articles/import";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification staffSending(String contentType) {
        String withCharset = contentType.startsWith("text/") && !contentType.contains("charset")
                ? contentType + "; charset=UTF-8"
                : contentType;
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType(withCharset);
    }

    private static String page(String headline) {
        return headline + "\n\n"
                + "Share this:\n\n"
                + "The ferry board met on Thursday and agreed to add a night crossing.\n\n"
                + "“It is the most requested change we have had,” said Ola Brandt, who chairs the board.\n\n"
                + "1. Fares stay at *3.20* — for now <b>(see below)</b> & more.\n\n"
                + "© 2024, Saltmarsh Courier. Excerpts may be used, provided that credit is given to"
                + " saltmarsh.example with a link to the original.\n\n"
                + "Be the first to comment\n\n"
                + "Leave a Reply\n";
    }

    @Test
    void aTextPageBecomesADraftWithoutItsFurniture() {
        String headline = "Night ferry approved " + System.nanoTime();
        Response imported =
                staffSending("text/plain; charset=UTF-8").body(page(headline)).post(IMPORT);

        imported.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/articles/"))
                .body("duplicate", equalTo(false))
                .body("article.title", equalTo(headline))
                .body("article.status", equalTo("draft"))
                .body(
                        "article.bodyText",
                        equalTo("The ferry board met on Thursday and agreed to add a night crossing.\n\n"
                                + "“It is the most requested change we have had,” said Ola Brandt, who chairs the"
                                + " board.\n\n"
                                + "1. Fares stay at *3.20* — for now <b>(see below)</b> & more."))
                .body("article.rights.copyrightHolder", equalTo("Saltmarsh Courier"))
                .body("article.rights.copyrightYear", equalTo(2024))
                .body("article.rights.statement", containsString("Excerpts may be used"))
                .body("removed.kind", contains("share", "rights-footer", "comment-prompt", "comment-prompt"))
                .body("rights.holder", equalTo("Saltmarsh Courier"))
                .body("rights.creditUrl", equalTo("https://saltmarsh.example"))
                .body("rights.linkRequired", equalTo(true));

        given().get("/api/v1/articles/" + imported.jsonPath().getString("article.slug"))
                .then()
                .statusCode(404);
    }

    @Test
    void aPageLongerThanAnArticleBodyIsRefusedAndMakesNothing() {
        String headline = "Endless page " + System.nanoTime();
        String paragraph = "The harbour board met again and talked about the ferry timetable at length. ".repeat(4);
        String text = headline + "\n\n" + (paragraph + "\n\n").repeat(1_700);

        staffSending("text/plain")
                .body(text)
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("at most 500000"));
        io.lede.Api.staff()
                .get("/api/v1/admin/articles?q=" + headline.replace(' ', '+'))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void importingTheSamePageTwiceMakesOneArticle() {
        String headline = "Second import " + System.nanoTime();
        long first = staffSending("text/plain")
                .body(page(headline))
                .post(IMPORT)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("article.id");

        staffSending("text/plain")
                .body(page(headline).replace("\n\n", "\n\n\n"))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .header("Content-Location", containsString("/api/v1/admin/articles/" + first))
                .body("duplicate", equalTo(true))
                .body("article.id", equalTo((int) first));
        given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .queryParam("limit", 100)
                .get("/api/v1/admin/articles")
                .then()
                .body("items.findAll { it.title == '" + headline + "' }.size()", equalTo(1));
    }

    @Test
    void anHtmlPageIsReadToo() {
        String headline = "Lighthouse keeper retires " + System.nanoTime();
        String html = "<html><head><title>" + headline + "</title>"
                + "<link rel=canonical href=\"https://courier.example/lighthouse\"></head><body>"
                + "<nav>Home News Sport</nav><article><h1>" + headline + "</h1>"
                + "<p>After forty years the lamp at Gull Point will be run from the mainland.</p>"
                + "<p>Leave a Reply</p></article><footer>© 2023 Courier Media</footer></body></html>";

        staffSending("text/html")
                .body(html)
                .post(IMPORT)
                .then()
                .statusCode(201)
                .body("article.title", equalTo(headline))
                .body(
                        "article.bodyText",
                        equalTo("After forty years the lamp at Gull Point will be run from the mainland."))
                .body("article.canonicalUrl", equalTo("https://courier.example/lighthouse"))
                .body("article.rights.copyrightHolder", equalTo("Courier Media"));
    }

    @Test
    void emptyBinaryTextFreeAndOversizedPagesAreProblems() {
        staffSending("text/plain").body("").post(IMPORT).then().statusCode(400).contentType("application/problem+json");
        staffSending("text/plain").body(" \n\n ").post(IMPORT).then().statusCode(400);
        staffSending("text/plain")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:lede:problem:not-text"));
        staffSending("text/plain")
                .body("Leave a Reply\n\nShare this:\n")
                .post(IMPORT)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("no story text"));
        staffSending("text/plain")
                .body("Headline\n\n" + "word ".repeat(450_000))
                .post(IMPORT)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        staffSending("application/pdf")
                .body("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .post(IMPORT)
                .then()
                .statusCode(415);
    }

    @Test
    void theSamplePageImportsWithItsTitleRightsAndNoFurniture() throws IOException {
        assumeThat(Files.exists(PageParserTest.SAMPLE_PAGE))
                .as("the sample page in ../shared")
                .isTrue();
        String text = Files.readString(PageParserTest.SAMPLE_PAGE, StandardCharsets.UTF_8);
        String headline = text.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElseThrow()
                .strip();

        Response imported = staffSending("text/plain").body(text).post(IMPORT);
        imported.then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)))
                .body("article.title", equalTo(headline))
                .body("article.bodyText", not(containsString("Leave a Reply")))
                .body("article.bodyText", not(containsString("Akismet")))
                .body("article.bodyText", not(containsString("©")))
                .body("article.rights.copyrightHolder", equalTo("GDC"))
                .body("article.rights.copyrightYear", equalTo(2020));
        assertThat(imported.jsonPath().getString("article.bodyText")).doesNotContain(headline);

        List<Map<String, Object>> quotes = imported.jsonPath().getList("quotes");
        assertThat(quotes).hasSize(7);
        assertThat(quotes).extracting(q -> speaker(q).get("name")).containsOnly("Hikmet Hajiyev");
        assertThat(quotes)
                .extracting(q -> speaker(q).get("role"))
                .containsOnly("foreign policy adviser to the president of Azerbaijan");
        assertThat(quotes)
                .extracting(q -> String.valueOf(q.get("text")))
                .noneMatch(words ->
                        words.equals("kamikaze drones") || words.equals("air train") || words.equals("kamikaze"));
        assertThat(quotes).filteredOn(q -> q.get("cue") == null).hasSize(1);
        assertThat(quotes).filteredOn(q -> "told".equals(q.get("cue"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> speaker(Map<String, Object> quote) {
        return (Map<String, Object>) quote.get("speaker");
    }
}
