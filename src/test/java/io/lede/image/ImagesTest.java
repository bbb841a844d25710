package io.lede.image;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImagesTest {

    private static ImageHost host;

    @BeforeAll
    static void startImageHost() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        host = new ImageHost();
    }

    @AfterAll
    static void stopImageHost() {
        host.close();
    }

    private static Map<String, Object> image(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("alt", "Waves over the harbour wall");
        return body;
    }

    private static long createImage(String url) {
        return staff().body(image(url))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aPngIsSavedWithTheDimensionsAndTypeReadFromItsBytes() {
        String url = host.png(1000, 600);
        Map<String, Object> body = image(url);
        body.put("caption", "The harbour at dusk");
        body.put("credit", "Ada Reporter");
        body.put("copyright", "The Calloway Ledger");
        body.put("focalPoint", Map.of("x", 0.25, "y", 0.75));
        Response created = staff().body(body).post("/api/v1/admin/images");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/images/"))
                .header("ETag", equalTo("\"v0\""))
                .body("url", equalTo(url))
                .body("width", equalTo(1000))
                .body("height", equalTo(600))
                .body("mediaType", equalTo("image/png"))
                .body("byteSize", equalTo(created.jsonPath().getInt("byteSize")))
                .body("focalPoint.x", equalTo(0.25f))
                .body("focalPoint.y", equalTo(0.75f))
                .body("caption", equalTo("The harbour at dusk"))
                .body(
                        "srcset",
                        equalTo(url + "?w=320 320w, " + url + "?w=640 640w, " + url + "?w=960 960w, " + url
                                + " 1000w"));
        long id = created.jsonPath().getLong("id");

        staff().get("/api/v1/admin/images/" + id)
                .then()
                .statusCode(200)
                .body("credit", equalTo("Ada Reporter"))
                .body("copyright", equalTo("The Calloway Ledger"));
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/images")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void aJpegIsSavedAsAJpegWhateverTheServerCallsIt() {
        String url = host.serve("image/png", ImageHost.picture("jpeg", 320, 200));
        staff().body(image(url))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(201)
                .body("width", equalTo(320))
                .body("height", equalTo(200))
                .body("mediaType", equalTo("image/jpeg"))
                .body("srcset", equalTo(url + " 320w"));
    }

    @Test
    void aRedirectToAnImageIsFollowed() {
        String url = host.redirectTo(host.png(50, 40));
        staff().body(image(url))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(201)
                .body("url", equalTo(url))
                .body("width", equalTo(50));
    }

    @Test
    void aPageIsNotAnImage() {
        staff().body(image(host.serve("text/html", "<p>hello</p>".getBytes())))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("does not answer with an image"));
    }

    @Test
    void bytesThatClaimToBeAnImageAreRefused() {
        staff().body(image(host.serve("image/png", "GIF89a? no, just words".getBytes())))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("image"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        staff().body(image(host.serve("image/png", ImageHost.bombPng(100_000, 100_000))))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("100000 × 100000 pixels"));
    }

    @Test
    void aSourceLargerThanTheByteLimitIsRefused() {
        // The test profile's limit is 1,000,000 bytes.
        staff().body(image(host.serve("image/png", new byte[1_000_001])))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("larger than"));
    }

    @Test
    void aMissingSourceIsRefused() {
        staff().body(image(host.png(10, 10) + "-gone"))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("404"));
    }

    @Test
    void altTextIsRequired() {
        Map<String, Object> body = image(host.png(10, 10));
        body.put("alt", " ");
        staff().body(body).post("/api/v1/admin/images").then().statusCode(400).body("errors[0].field", equalTo("alt"));
    }

    @Test
    void plainHttpToAPublicHostIsRefusedBeforeAnyRequest() {
        staff().body(image("http://203.0.113.7/harbour.png"))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("https"));
        staff().body(image("ftp://127.0.0.1/harbour.png"))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void aUrlAlreadyRecordedIsAConflict() {
        String url = host.png(20, 20);
        createImage(url);
        staff().body(image(url)).post("/api/v1/admin/images").then().statusCode(409);
    }

    @Test
    void aFeaturedImageShowsOnTheArticleAndInTheList() {
        String url = host.png(800, 450);
        long imageId = createImage(url);
        long articleId = article().with("featuredImageId", imageId).published();
        String slug = staff().get("/api/v1/admin/articles/" + articleId)
                .then()
                .body("featuredImage.id", equalTo((int) imageId))
                .extract()
                .jsonPath()
                .getString("slug");

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString("image-" + imageId))
                .body("featuredImage.url", equalTo(url))
                .body("featuredImage.alt", equalTo("Waves over the harbour wall"))
                .body("featuredImage.width", equalTo(800))
                .body("featuredImage.height", equalTo(450))
                .body("featuredImage.mediaType", equalTo("image/png"))
                .body("featuredImage.focalPoint.x", equalTo(0.5f))
                .body("featuredImage.srcset", equalTo(url + "?w=320 320w, " + url + "?w=640 640w, " + url + " 800w"))
                .body("featuredImage", not(org.hamcrest.Matchers.hasKey("updatedAt")));
        given().queryParam("limit", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString("image-" + imageId))
                .body("items.find { it.id == " + articleId + " }.featuredImage.url", equalTo(url))
                .body("items.find { it.id == " + articleId + " }.featuredImage.srcset", startsWith(url + "?w=320"));

        staff().contentType("application/merge-patch+json")
                .body("{\"featuredImageId\": null}")
                .patch("/api/v1/admin/articles/" + articleId)
                .then()
                .statusCode(200)
                .body("featuredImage", nullValue());
        given().get("/api/v1/articles/" + slug).then().body("featuredImage", nullValue());
    }

    @Test
    void anUnknownFeaturedImageIsNamed() {
        staff().body(Map.of("title", "No such picture", "body", "Text.", "featuredImageId", 987654321))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("featuredImageId"));
    }

    @Test
    void markdownImagesBecomeRecordsAndRenderResponsively() {
        String url = host.png(1400, 700);
        long articleId = article()
                .with("body", "The quay at night.\n\n![Lamps along the quay](" + url + ")\n\nMore.")
                .published();
        String slug =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("slug");
        String html = given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("bodyHtml");
        String srcset = url + "?w=320 320w, " + url + "?w=640 640w, " + url + "?w=960 960w, " + url + "?w=1280 1280w, "
                + url + " 1400w";
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("src=\"" + url + "\"")
                .contains("srcset=\"" + srcset + "\"")
                .contains("sizes=\"(max-width: 720px) 100vw, 720px\"")
                .contains("width=\"1400\"")
                .contains("height=\"700\"")
                .contains("alt=\"Lamps along the quay\"")
                .contains("loading=\"lazy\"");

        staff().queryParam("limit", 100)
                .get("/api/v1/admin/images")
                .then()
                .body("items.find { it.url == '" + url + "' }.alt", equalTo("Lamps along the quay"))
                .body("items.find { it.url == '" + url + "' }.width", equalTo(1400));
        long imageId = staff().queryParam("limit", 100)
                .get("/api/v1/admin/images")
                .jsonPath()
                .getLong("items.find { it.url == '" + url + "' }.id");

        Map<String, Object> moved = image(host.png(30, 30));
        staff().body(moved).put("/api/v1/admin/images/" + imageId).then().statusCode(409);
        staff().delete("/api/v1/admin/images/" + imageId).then().statusCode(409);
    }

    @Test
    void aBodyImageWithoutAltTextIsAValidationProblem() {
        staff().body(Map.of("title", "Pictures", "body", "Look.\n\n![](" + host.png(10, 10) + ")"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("alt text"));
    }

    @Test
    void aBodyImageThatIsNotAnImageIsNamed() {
        String page = host.serve("text/html", "<p>no</p>".getBytes());
        staff().body(Map.of("title", "Pictures", "body", "Look.\n\n![A page](" + page + ")"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString(page));
    }

    @Test
    void rawHtmlImagesAreLeftOut() {
        long articleId = article()
                .with("body", "Before.\n\n<img src=\"https://tracker.example/p.gif\" alt=\"x\">\n\nAfter.")
                .draft();
        staff().get("/api/v1/admin/articles/" + articleId)
                .then()
                .body("bodyHtml", not(containsString("<img")))
                .body("bodyHtml", containsString("After."));
    }

    @Test
    void changingAnImageRebuildsTheCachedAnswersThatShowIt() {
        long imageId = createImage(host.png(400, 300));
        long articleId = article().with("featuredImageId", imageId).published();
        String slug =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("slug");
        Response before = given().get("/api/v1/articles/" + slug);
        before.then().statusCode(200).body("featuredImage.caption", nullValue());
        String etag = before.header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(304);

        String url = staff().get("/api/v1/admin/images/" + imageId).jsonPath().getString("url");
        Map<String, Object> changed = image(url);
        changed.put("caption", "Now with a caption");
        staff().body(changed)
                .header("If-Match", "\"v0\"")
                .put("/api/v1/admin/images/" + imageId)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"v1\""));

        given().header("If-None-Match", etag)
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("featuredImage.caption", equalTo("Now with a caption"));
        staff().body(changed)
                .header("If-Match", "\"v0\"")
                .put("/api/v1/admin/images/" + imageId)
                .then()
                .statusCode(412);
    }

    @Test
    void aNewUrlIsCheckedAndTheNewDimensionsShow() {
        long imageId = createImage(host.png(400, 300));
        long articleId = article().with("featuredImageId", imageId).published();
        String slug =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("slug");
        given().get("/api/v1/articles/" + slug).then().body("featuredImage.width", equalTo(400));

        staff().body(image(host.serve("text/plain", "nope".getBytes())))
                .put("/api/v1/admin/images/" + imageId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("url"));
        String bigger = host.jpeg(1200, 900);
        staff().body(image(bigger))
                .put("/api/v1/admin/images/" + imageId)
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/" + slug)
                .then()
                .body("featuredImage.url", equalTo(bigger))
                .body("featuredImage.width", equalTo(1200))
                .body("featuredImage.mediaType", equalTo("image/jpeg"));
    }

    @Test
    void aPortraitShowsOnThePublicPerson() {
        String url = host.png(300, 300);
        long imageId = createImage(url);
        String slug = createPerson("Ada Portrait");
        staff().body(Map.of("name", "Ada Portrait", "portraitImageId", imageId))
                .put("/api/v1/admin/people/" + slug)
                .then()
                .statusCode(200)
                .body("portrait.url", equalTo(url));
        article().authors(slug).published();
        given().get("/api/v1/people/" + slug)
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString("image-" + imageId))
                .body("portrait.width", equalTo(300))
                .body("portrait.srcset", notNullValue());
        staff().delete("/api/v1/admin/images/" + imageId).then().statusCode(409);
    }

    @Test
    void anUnusedImageCanBeDeleted() {
        long imageId = createImage(host.png(12, 12));
        staff().delete("/api/v1/admin/images/" + imageId).then().statusCode(204);
        staff().get("/api/v1/admin/images/" + imageId).then().statusCode(404);
        given().get("/api/v1/admin/images").then().statusCode(401);
    }
}
