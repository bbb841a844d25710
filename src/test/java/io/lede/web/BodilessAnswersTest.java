package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operation that answers no body cannot fail a client's Accept header: generated clients ask for the media types
 * of the error answers ({@code application/problem+json}) when the success has none, and got 406.
 */
@QuarkusTest
class BodilessAnswersTest {

    private static final List<String> ACCEPTS =
            List.of("application/problem+json", "application/json", "text/html", "*/*");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void noOperationWithoutABodyAnswers406WhateverTheAcceptHeader() {
        List<Spec.Operation> bodiless = Spec.served().operations().stream()
                .filter(operation -> !operation.answersABody())
                .toList();
        List<String> refused = new ArrayList<>();
        for (Spec.Operation operation : bodiless) {
            for (String accept : ACCEPTS) {
                RequestSpecification request = given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                        .header("X-Edit-Secret", "not-the-secret")
                        .accept(accept);
                if (operation.requestBody() != null) {
                    request.contentType(ContentType.JSON).body(Map.of("reason", "spam"));
                }
                int status = request.request(operation.method(), Spec.fill(operation.path(), "987654321"))
                        .statusCode();
                if (status == 406) {
                    refused.add(operation.name() + " with Accept: " + accept);
                }
            }
        }
        assertThat(bodiless).hasSizeGreaterThanOrEqualTo(9);
        assertThat(refused).isEmpty();
    }

    @Test
    void aReaderDeletesTheirCommentAskingForProblemJson() {
        Map<String, Object> posted = Api.postComment(Api.publishedSlug(), Api.newComment())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");

        given().accept("application/problem+json")
                .header("X-Edit-Secret", posted.get("editSecret"))
                .delete("/api/v1/comments/" + posted.get("id"))
                .then()
                .statusCode(204);
    }

    @Test
    void staffDeleteATagAskingForProblemJson() {
        String tag = Api.createTag();

        Api.staff()
                .accept("application/problem+json")
                .delete("/api/v1/admin/tags/" + tag)
                .then()
                .statusCode(204);
    }
}
