package io.lede.security;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A token grants and revokes only what it holds itself. */
@QuarkusTest
class TokenScopesTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aTokenManagerAloneCannotMintAnEditor() {
        String manager = issue(List.of("tokens:manage"));
        asToken(manager)
                .body(Map.of("name", "escalation", "scopes", List.of("articles:write")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("articles:write"));
        asToken(manager)
                .body(Map.of("name", "peer", "scopes", List.of("tokens:manage")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .body("scopes", equalTo(List.of("tokens:manage")));
    }

    @Test
    void aTokenManagerCannotRevokeATokenWithMoreScopes() {
        String manager = issue(List.of("tokens:manage"));
        int editor = staff().body(Map.of("name", "editor", "scopes", List.of("articles:write")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asToken(manager).delete("/api/v1/admin/tokens/" + editor).then().statusCode(403);
        staff().delete("/api/v1/admin/tokens/" + editor).then().statusCode(200);
    }

    private static String issue(List<String> scopes) {
        return staff().body(Map.of("name", "scoped", "scopes", scopes))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    private static io.restassured.specification.RequestSpecification asToken(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }
}
