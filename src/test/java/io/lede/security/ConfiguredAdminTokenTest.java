package io.lede.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs Lede as production configures it: the first token comes from LEDE_ADMIN_TOKEN and nothing else works. */
@QuarkusTest
@TestProfile(ConfiguredAdminTokenTest.ProductionTokens.class)
class ConfiguredAdminTokenTest {

    static final String CONFIGURED = "c0nfigured-admin-token-with-enough-randomness";

    public static class ProductionTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.lede.auth.bootstrap-token", CONFIGURED,
                    "%test.quarkus.datasource.db-kind", "h2",
                    "%test.quarkus.datasource.username", "sa",
                    "%test.quarkus.datasource.jdbc.url",
                            "jdbc:h2:file:./target/h2-tokens/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @Test
    void theDevelopmentTokenIsRefusedWhenAnotherIsConfigured() {
        given().header("Authorization", "Bearer dev-admin-token")
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401);
    }

    @Test
    void theConfiguredTokenCarriesEveryScope() {
        given().header("Authorization", "Bearer " + CONFIGURED)
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("bootstrap"))
                .body("items[0].scopes.size()", equalTo(Scope.ALL.size()));
    }
}
