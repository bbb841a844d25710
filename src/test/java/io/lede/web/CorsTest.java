package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A frontend on another origin can do everything the spec offers: send each header, and read each one back. */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://frontend.example";

    /** Response headers every browser lets a script read without the server listing them. */
    private static final Set<String> SAFELISTED =
            Set.of("cache-control", "content-language", "content-length", "content-type", "expires", "pragma");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aBrowserMaySendTheEditSecretToEditOrDeleteItsOwnComment() {
        for (String method : new String[] {"PUT", "DELETE"}) {
            Response preflight = preflight("/api/v1/comments/1", method, "content-type, x-edit-secret");

            preflight.then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN);
            assertThat(listed(preflight, "Access-Control-Allow-Headers")).contains("x-edit-secret", "content-type");
            assertThat(listed(preflight, "Access-Control-Allow-Methods")).contains(method.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aBrowserEditsItsOwnCommentFromAnotherOrigin() {
        Map<String, Object> posted = Api.postComment(Api.publishedSlug(), Api.newComment())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");

        given().header("Origin", ORIGIN)
                .header("X-Edit-Secret", posted.get("editSecret"))
                .contentType(ContentType.JSON)
                .body(Map.of("body", "Edited from a browser on another origin."))
                .put("/api/v1/comments/" + posted.get("id"))
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .body("bodyHtml", containsString("Edited from a browser on another origin."));
    }

    @Test
    void everyRequestHeaderInTheSpecIsAllowedInAPreflight() {
        Spec spec = Spec.served();
        Set<String> headers = new TreeSet<>(Set.of("authorization", "content-type"));
        spec.operations().forEach(operation -> spec.parameters(operation).stream()
                .filter(parameter -> "header".equals(parameter.get("in")))
                .forEach(parameter ->
                        headers.add(parameter.get("name").toString().toLowerCase(Locale.ROOT))));

        Response preflight = preflight("/api/v1/articles", "POST", String.join(", ", headers));

        assertThat(headers).contains("x-edit-secret", "if-match", "idempotency-key", "if-none-match");
        assertThat(listed(preflight, "Access-Control-Allow-Headers")).containsAll(headers);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyResponseHeaderInTheSpecIsExposedToScripts() {
        Spec spec = Spec.served();
        Set<String> headers = new TreeSet<>();
        spec.operations().forEach(operation -> operation.responses().values().forEach(response -> {
            var declared = (Map<String, Object>) response.get("headers");
            if (declared != null) {
                declared.keySet().forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
            }
        }));
        headers.removeAll(SAFELISTED);

        Response answer = given().header("Origin", ORIGIN).get("/api/v1/articles");

        assertThat(headers).contains("etag", "link", "location", "surrogate-key", "retry-after", "ratelimit");
        assertThat(listed(answer, "Access-Control-Expose-Headers")).containsAll(headers);
    }

    private static Response preflight(String path, String method, String headers) {
        return given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .options(path);
    }

    private static Set<String> listed(Response response, String header) {
        String value = response.header(header);
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
