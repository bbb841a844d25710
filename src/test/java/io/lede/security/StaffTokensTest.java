package io.lede.security;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffTokensTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void staffRoutesNeedABearerToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x", "body", "y"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", containsString("Authorization: Bearer"));
        given().header("Authorization", "Bearer not-a-real-token")
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401)
                .body("detail", containsString("not valid"));
        given().header("Authorization", "Basic ZGV2OmRldg==")
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401);
    }

    @Test
    void anIssuedTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        Response issued = issue("Build server", List.of("articles:write"));
        issued.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/tokens/"))
                .header("Cache-Control", "private, no-store")
                .body("token", startsWith("lede_"))
                .body("prefix", equalTo(issued.jsonPath().getString("token").substring(0, 12)))
                .body("scopes", equalTo(List.of("articles:write")));
        String secret = issued.jsonPath().getString("token");
        long id = issued.jsonPath().getLong("id");

        staff().get("/api/v1/admin/tokens")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.token", not(hasItem(notNullValue())))
                .body(not(containsString(secret)));

        Object[] stored = (Object[]) em.createNativeQuery("select token_hash, prefix from api_token where id = :id")
                .setParameter("id", id)
                .getSingleResult();
        String expectedHash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored[0]).isEqualTo(expectedHash);
        assertThat(stored[1]).isEqualTo(secret.substring(0, 12));
        assertThat((Long) em.createNativeQuery(
                                "select count(*) from api_token where token_hash = :secret or name = :secret",
                                Long.class)
                        .setParameter("secret", secret)
                        .getSingleResult())
                .isZero();
    }

    @Test
    void aTokenWorksOnlyForItsScopesAndStopsWhenRevoked() {
        Response issued = issue("Editor laptop", List.of("articles:write"));
        String secret = issued.jsonPath().getString("token");
        long id = issued.jsonPath().getLong("id");

        given().header("Authorization", "Bearer " + secret)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Written with a new token", "body", "Text."))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201);
        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("tokens:manage"));

        staff().delete("/api/v1/admin/tokens/" + id).then().statusCode(200).body("revokedAt", notNullValue());

        given().header("Authorization", "Bearer " + secret)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "After revocation", "body", "Text."))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(401);
    }

    @Test
    void issuingNeedsANameAndKnownScopes() {
        staff().body(Map.of("name", "", "scopes", List.of("root", "articles:write")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("name", "scopes[0]")));
        staff().body(Map.of("name", "No scopes", "scopes", List.of()))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("scopes")));
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() {
        staff().delete("/api/v1/admin/tokens/999999").then().statusCode(404).contentType("application/problem+json");
    }

    private static Response issue(String name, List<String> scopes) {
        return staff().body(Map.of("name", name, "scopes", scopes)).post("/api/v1/admin/tokens");
    }
}
