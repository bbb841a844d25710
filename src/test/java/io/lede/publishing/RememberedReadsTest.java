package io.lede.publishing;

import static io.lede.Api.article;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The fast path and the resources give the same answer: each public read is asked once right after content moved
 * (the resource builds it) and again (answered from memory before the resource), and the two must agree in status,
 * every header but Date, and every byte of the body.
 */
@QuarkusTest
class RememberedReadsTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void publicReadsAnswerTheSameBytesAndHeadersFromMemory() {
        String tag = createTag();
        long id = article().tags(tag).with("title", "Remembered read").published();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        article().tags(tag).published();
        article().tags(tag).published();

        for (String path : List.of(
                "/api/v1/articles/" + slug,
                "/api/v1/articles?tag=" + tag,
                "/api/v1/articles?tag=" + tag + "&limit=1",
                "/api/v1/articles?tag=" + tag + "&fields=slug,title&sort=-publishedAt",
                "/api/v1/articles/" + slug + "/quotes",
                "/api/v1/articles/" + slug + "/comments",
                "/api/v1/tags/" + tag,
                "/api/v1/people",
                "/api/v1/quotes",
                "/api/v1/search?q=remembered")) {
            bothWays(path, () -> given());
            bothWays(path, () -> given().header("Origin", "https://reader.example"));
            bothWays(path, () -> given().header("Accept", "application/json, */*;q=0.5"));
            String etag = given().get(path).header("ETag");
            bothWays(path, () -> given().header("If-None-Match", etag));
            bothWays(path, () -> given().header("If-None-Match", "\"another\""));
        }
    }

    @Test
    void conditionalReadsFollowRfc9110OnBothPaths() {
        String slug = staff().get("/api/v1/admin/articles/" + article().published())
                .jsonPath()
                .getString("slug");
        String path = "/api/v1/articles/" + slug;
        Response first = given().get(path);
        String lastModified = first.header("Last-Modified");

        // If-None-Match decides when both are sent: a tag that does not match is a full answer whatever the date.
        Response both = bothWays(
                path, () -> given().header("If-None-Match", "\"another\"").header("If-Modified-Since", lastModified));
        assertThat(both.statusCode()).isEqualTo(200);
        assertThat(bothWays(path, () -> given().header("If-Modified-Since", lastModified))
                        .statusCode())
                .isEqualTo(304);
        assertThat(bothWays(path, () -> given().header("If-None-Match", "W/" + first.header("ETag")))
                        .statusCode())
                .isEqualTo(304);

        // A failed If-Match is a problem, never answered from memory.
        moveContent();
        given().header("If-Match", "\"another\"")
                .get(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        double before = served();
        given().header("If-Match", "\"another\"").get(path).then().statusCode(412);
        assertThat(served()).isEqualTo(before);
    }

    @Test
    void callersWithCredentialsOrOtherMediaTypesGoToTheResource() {
        String slug = staff().get("/api/v1/admin/articles/" + article().published())
                .jsonPath()
                .getString("slug");
        String path = "/api/v1/articles/" + slug;
        given().get(path).then().statusCode(200);
        double before = served();

        given().header("Accept", "text/html").get(path).then().statusCode(406);
        given().header("Authorization", "Bearer no-such-token").get(path);
        given().header("Accept", "application/json;q=0").get(path);
        given().head(path).then().statusCode(200);

        assertThat(served()).isEqualTo(before);
        given().get(path).then().statusCode(200);
        assertThat(served()).isEqualTo(before + 1);
    }

    @Test
    void requestMetricsNameTheResourceTemplateNotTheSlug() {
        String slug = staff().get("/api/v1/admin/articles/" + article().published())
                .jsonPath()
                .getString("slug");
        bothWays("/api/v1/articles/" + slug, () -> given());

        String scraped = given().get("/q/metrics").asString();
        assertThat(scraped).contains("uri=\"/api/v1/articles/{slug}\"").doesNotContain(slug);
    }

    /** Asks twice after content moved: first the resource answers, then memory; returns the second answer. */
    private Response bothWays(String path, Supplier<RequestSpecification> request) {
        moveContent();
        double before = served();
        Response built = request.get().get(path);
        assertThat(served())
                .as("the first read after a change is built: %s", path)
                .isEqualTo(before);
        Response remembered = request.get().get(path);
        assertThat(served())
                .as("the second read is answered from memory: %s", path)
                .isEqualTo(before + 1);

        assertThat(remembered.statusCode()).as(path).isEqualTo(built.statusCode());
        assertThat(headers(remembered)).as(path).isEqualTo(headers(built));
        assertThat(remembered.asByteArray()).as(path).isEqualTo(built.asByteArray());
        return remembered;
    }

    private static Map<String, List<String>> headers(Response response) {
        return response.headers().asList().stream()
                .filter(header -> !header.getName().equalsIgnoreCase("Date"))
                .collect(java.util.stream.Collectors.groupingBy(
                        header -> header.getName().toLowerCase(java.util.Locale.ROOT),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(
                                Header::getValue,
                                java.util.stream.Collectors.collectingAndThen(
                                        java.util.stream.Collectors.toList(),
                                        values -> values.stream().sorted().toList()))));
    }

    /** Any write moves the content generation, so every remembered answer is outdated. */
    private static void moveContent() {
        createTag();
    }

    private double served() {
        return metrics.counter("lede.remembered.reads").count();
    }
}
