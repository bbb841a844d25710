package io.lede.web;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anUnknownRouteIsAProblem() {
        given().get("/no/such/place")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:lede:problem:not-found"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/no/such/place"))
                .body("instance", equalTo("/no/such/place"));
        given().get("/api/v1/nothing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsAProblemThatSaysWhatIsAllowed() {
        given().delete("/api/v1/articles")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("detail", containsString("GET"));
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() {
        given().accept("text/csv")
                .get("/api/v1/articles")
                .then()
                .statusCode(406)
                .contentType(PROBLEM);
    }

    @Test
    void anUnsupportedContentTypeIsAProblem() {
        staff().contentType("text/csv")
                .body("title,body")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString("application/json"));
    }

    @Test
    void malformedJsonIsAProblemThatSaysWhere() {
        staff().body("{\"title\": ")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("line 1"));
        staff().body("[1, 2]")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
    }

    @Test
    void aFieldOfTheWrongTypeIsAFieldError() {
        staff().body(Map.of("title", "x", "body", "y", "copyrightYear", "last year"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("copyrightYear"))
                .body("errors[0].message", equalTo("is not a valid integer"));
    }

    @Test
    void aMissingBodyIsAFieldError() {
        staff().post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].message", equalTo("is required: send a JSON object"));
    }

    @Test
    void anOversizedBodyIsAProblemAndCreatesNothing() {
        String huge = "x".repeat(2_200_000);
        staff().body(Map.of("title", "Too big", "body", huge))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("at most 2097152"));
    }

    @Test
    void anOversizedChunkedBodyIsAProblemToo() {
        byte[] huge = ("{\"title\": \"Too big\", \"body\": \"" + "x".repeat(2_200_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        staff().body(new java.io.ByteArrayInputStream(huge))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("2097152"));
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() {
        byte[] small = "{\"title\": \"Sent in chunks\", \"body\": \"Text.\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        staff().body(new java.io.ByteArrayInputStream(small))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .body("title", equalTo("Sent in chunks"));
    }

    @Test
    void badQueryParametersAreFieldErrors() {
        given().queryParam("limit", 0)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "ten").get("/api/v1/articles").then().statusCode(400);
        given().queryParam("cursor", "garbage!")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("since", "last week")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void everyStaffOperationInTheSpecRefusesAnonymousCallers() {
        JsonPath spec = given().accept(ContentType.JSON).get("/q/openapi").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/v1/admin")) {
                return;
            }
            String url = path.replaceAll("\\{[^}]+}", "1");
            String mediaType = requestMediaType(operation);
            Response response = given().contentType(mediaType)
                    .body(mediaType.startsWith("text/") ? "Some text" : "{}")
                    .request(method.toUpperCase(), url);
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
            assertThat(response.contentType()).startsWith(PROBLEM);
            checked.add(method + " " + path);
        }));
        assertThat(checked).hasSizeGreaterThan(15);
    }

    /** The first media type the operation's request body takes, so only the missing token is wrong. */
    @SuppressWarnings("unchecked")
    private static String requestMediaType(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return "application/json";
        }
        String type =
                ((Map<String, Object>) body.get("content")).keySet().iterator().next();
        return type.startsWith("text/") ? type + "; charset=UTF-8" : type;
    }

    @Test
    void noProblemRevealsJavaInternals() {
        List<Response> problems = List.of(
                staff().body("{\"title\": ").post("/api/v1/admin/articles"),
                staff().body(Map.of("title", "x", "body", "y", "copyrightYear", "abc"))
                        .post("/api/v1/admin/articles"),
                staff().body(Map.of("title", "x", "body", "y", "authors", "not-a-list"))
                        .post("/api/v1/admin/articles"),
                staff().body(Map.of("publishAt", 12)).post("/api/v1/admin/articles/1/schedule"),
                given().get("/api/v1/tags/" + "x".repeat(300)));
        for (Response problem : problems) {
            assertThat(problem.statusCode()).isBetween(400, 499);
            assertThat(problem.asString())
                    .doesNotContain("Exception")
                    .doesNotContain("java.")
                    .doesNotContain("jakarta.")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void browsersMayCallTheApiFromAnyOriginAndReadItsHeaders() {
        given().header("Origin", "https://frontend.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.example")
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://frontend.example")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.example")
                .header("Access-Control-Expose-Headers", not(equalTo("")));
    }
}
