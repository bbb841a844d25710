package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnknownQueryParametersTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aParameterTheListDoesNotTakeIsA400ThatNamesTheOnesItDoes() {
        given().queryParam("fields", "title,slug")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lede:problem:unknown-query-parameter"))
                .body("detail", containsString("'fields'"))
                .body("detail", containsString("author, cursor, limit, since, tag, until"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void aTypoIsNotSilentlyIgnored() {
        given().queryParam("limt", 5)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limt"));
        Api.staff()
                .queryParam("stauts", "draft")
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("detail", containsString("cursor, limit, q, status"));
    }

    @Test
    void knownParametersStillWork() {
        given().queryParam("limit", 2)
                .queryParam("since", "2020-01-01")
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
        Api.staff()
                .queryParam("comment", 1)
                .get("/api/v1/admin/comments/log")
                .then()
                .statusCode(200);
    }

    @Test
    void anOperationWithoutQueryParametersSaysSo() {
        given().queryParam("expand", "authors")
                .get("/api/v1/articles/" + Api.publishedSlug())
                .then()
                .statusCode(400)
                .body("detail", containsString("This operation takes no query parameters."));
    }

    @Test
    void thousandsOfMadeUpParametersGetAShortAnswer() {
        RequestSpecification request = given();
        for (int i = 0; i < 300; i++) {
            request.queryParam("p" + i, i);
        }
        Response answer = request.get("/api/v1/tags");

        answer.then().statusCode(400).body("errors", hasSize(10));
        assertThat(answer.asString().length()).isLessThan(2_000);
    }

    @Test
    void aBadlyEncodedParameterNameIsA400NotA500() throws IOException {
        // No HTTP client here sends a malformed query, so the request is written by hand.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream()
                    .write("GET /api/v1/articles?%ZZ=1&%00=2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            // The HTTP layer refuses it before any resource; its bare 400 is the lead's to make a problem (issue 9,
            // §2).
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    /** Ids and slugs that name nothing, so that a server that ignored the parameter would change nothing. */
    @Test
    void everyOperationInTheSpecRefusesAnUnknownParameter() {
        List<String> accepted = new ArrayList<>();
        for (Spec.Operation operation : Spec.served().operations()) {
            RequestSpecification request = given().header("Authorization", "Bearer " + operation.credential())
                    .queryParam("not-a-parameter", "1");
            if (operation.requestBody() != null) {
                String type = operation.requestContentTypes().get(0);
                request.contentType(type).body(type.endsWith("json") ? "{}" : "text");
            }
            Response answer = request.request(operation.method(), Spec.fill(operation.path(), "987654321"));
            if (answer.statusCode() != 400
                    || !"urn:lede:problem:unknown-query-parameter"
                            .equals(answer.jsonPath().getString("type"))) {
                accepted.add(operation.name() + " answered " + answer.statusCode());
            }
        }
        assertThat(accepted).isEmpty();
    }
}
