package io.lede.syndication;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.lede.security.StaffTokenIdentities;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
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
class PartnerKeysTest {

    @Inject
    EntityManager em;

    @Inject
    PartnerIdentities partnerIdentities;

    @Inject
    StaffTokenIdentities staffIdentities;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long newPartner(String tier) {
        return staff().body(Map.of(
                        "name",
                        "Wire " + Api.unique("p"),
                        "contact",
                        "desk@wire.example",
                        "tier",
                        tier,
                        "formats",
                        List.of("json", "atom")))
                .post("/api/v1/admin/partners")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/partners/"))
                .body("status", equalTo("active"))
                .body("tier", equalTo(tier))
                .body("formats", equalTo(List.of("json", "atom")))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> issueKey(long partner) {
        return staff().body(Map.of("name", "Production site"))
                .post("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .statusCode(201)
                .body("key", startsWith("lede_pk_"))
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static ValidatableResponse asPartner(Object key) {
        return given().header("Authorization", "Bearer " + key)
                .get("/api/v1/partner/me")
                .then();
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndNamesItsPartner() throws Exception {
        long partner = newPartner("standard");
        Map<String, Object> issued = issueKey(partner);
        String key = (String) issued.get("key");

        asPartner(key)
                .statusCode(200)
                .header("Cache-Control", containsString("private"))
                .body("tier", equalTo("standard"))
                .body("formats", equalTo(List.of("json", "atom")))
                .body("keyPrefix", equalTo(issued.get("prefix")));
        staff().get("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items", everyItem(not(hasKey("key"))))
                .body("items[0].prefix", equalTo(issued.get("prefix")))
                .body("items[0].lastUsedAt", notNullValue());

        String stored = (String) em.createNativeQuery("select key_hash from partner_key where id = :id")
                .setParameter("id", ((Number) issued.get("id")).longValue())
                .getSingleResult();
        assertThat(stored)
                .isNotEqualTo(key)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))));
        assertThat(key).doesNotContain(stored).hasSizeGreaterThan(40);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        long partner = newPartner("standard");
        Map<String, Object> issued = issueKey(partner);
        asPartner(issued.get("key")).statusCode(200);

        staff().delete("/api/v1/admin/partners/" + partner + "/keys/" + issued.get("id"))
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());

        asPartner(issued.get("key"))
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", containsString("revoked"));
    }

    @Test
    void aKeyRevokedByAnotherInstanceStopsWorkingHereWithinTheCredentialCacheTime() throws InterruptedException {
        Map<String, Object> issued = issueKey(newPartner("standard"));
        asPartner(issued.get("key")).statusCode(200);

        // Another instance revokes it in the shared database; this instance hears nothing of it.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update partner_key set revoked_at = current_timestamp where id = :id")
                        .setParameter("id", ((Number) issued.get("id")).longValue())
                        .executeUpdate());

        long waited = 0;
        while (asPartner(issued.get("key")).extract().statusCode() == 200) {
            assertThat(waited)
                    .as("milliseconds the revoked key went on working here")
                    .isLessThan(1_500);
            Thread.sleep(50);
            waited += 50;
        }
        asPartner(issued.get("key")).statusCode(401);
    }

    @Test
    void aPartnerSuspendedByAnotherInstanceIsRefusedHereWithinTheCredentialCacheTimeThoughItsKeyIsInUse()
            throws InterruptedException {
        long partner = newPartner("standard");
        Object key = issueKey(partner).get("key");
        // In constant use, the remembered key is looked up again in the background; that must not keep it alive.
        for (int i = 0; i < 10; i++) {
            asPartner(key).statusCode(200);
            Thread.sleep(60);
        }

        // Another instance suspends the partner in the shared database; this instance hears nothing of it.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update partner set status = 'suspended' where id = :id")
                        .setParameter("id", partner)
                        .executeUpdate());

        long waited = 0;
        while (asPartner(key).extract().statusCode() == 200) {
            assertThat(waited)
                    .as("milliseconds the suspended partner's key went on working here")
                    .isLessThan(1_500);
            Thread.sleep(50);
            waited += 50;
        }
        asPartner(key).statusCode(401).body("detail", containsString("suspended"));
    }

    @Test
    void partnerKeysAreAskedBeforeStaffTokens() {
        // Quarkus asks the highest priority first: a partner read answered from memory must not wait for a staff
        // token look-up (a database transaction) that can only fail for a partner key.
        assertThat(partnerIdentities.priority()).isGreaterThan(staffIdentities.priority());
    }

    @Test
    void aKeyInConstantUseWorksOnEveryRequestAcrossCredentialCacheWindows() throws InterruptedException {
        Object key = issueKey(newPartner("standard")).get("key");
        long until = System.nanoTime() + 2_500_000_000L; // two and a half credential-cache windows (1 s)
        int requests = 0;
        while (System.nanoTime() < until || requests < 10) {
            asPartner(key).statusCode(200).body("tier", equalTo("standard"));
            requests++;
            Thread.sleep(20);
        }
        // Staff tokens still work beside partner keys, again and again (a secret that is no partner key is passed on).
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aRotatedKeyWorksBesideItsReplacementForTheOverlapOnly() {
        long partner = newPartner("standard");
        Map<String, Object> first = issueKey(partner);

        Map<String, Object> second = staff().body(Map.of("overlapSeconds", 3600))
                .post("/api/v1/admin/partners/" + partner + "/keys/" + first.get("id") + "/rotate")
                .then()
                .statusCode(201)
                .body("key", startsWith("lede_pk_"))
                .body("name", equalTo("Production site"))
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(second.get("key")).isNotEqualTo(first.get("key"));
        asPartner(first.get("key")).statusCode(200);
        asPartner(second.get("key")).statusCode(200);
        staff().get("/api/v1/admin/partners/" + partner + "/keys")
                .then()
                .body("items[0].replacedBy", equalTo(((Number) second.get("id")).intValue()))
                .body("items[0].expiresAt", notNullValue())
                .body("items[1].expiresAt", nullValue());
        staff().body(Map.of())
                .post("/api/v1/admin/partners/" + partner + "/keys/" + first.get("id") + "/rotate")
                .then()
                .statusCode(409)
                .body("detail", containsString("already rotated"));

        Map<String, Object> third = staff().body(Map.of("overlapSeconds", 0))
                .post("/api/v1/admin/partners/" + partner + "/keys/" + second.get("id") + "/rotate")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        asPartner(second.get("key")).statusCode(401);
        asPartner(third.get("key")).statusCode(200);
    }

    @Test
    void aSuspendedPartnersKeysStopUntilItIsReactivated() {
        long partner = newPartner("standard");
        Object key = issueKey(partner).get("key");
        asPartner(key).statusCode(200);

        staff().post("/api/v1/admin/partners/" + partner + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("suspended"));
        asPartner(key).statusCode(401).body("detail", containsString("suspended"));

        staff().post("/api/v1/admin/partners/" + partner + "/reactivate")
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        asPartner(key).statusCode(200);
    }

    @Test
    void aTierChangeReachesThePartnersNextRequest() {
        long partner = newPartner("standard");
        Object key = issueKey(partner).get("key");
        asPartner(key).body("tier", equalTo("standard"));

        staff().body(Map.of("tier", "premium"))
                .patch("/api/v1/admin/partners/" + partner)
                .then()
                .statusCode(200)
                .body("tier", equalTo("premium"))
                .body("formats", equalTo(List.of("json", "atom")));
        asPartner(key).statusCode(200).body("tier", equalTo("premium"));
    }

    @Test
    void partnerAndStaffCredentialsOpenOnlyTheirOwnDoors() {
        Object key = issueKey(newPartner("standard")).get("key");

        given().header("Authorization", "Bearer " + key)
                .get("/api/v1/admin/partners")
                .then()
                .statusCode(403)
                .body("detail", containsString("partners:manage"));
        staff().get("/api/v1/partner/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("partner key"));
        given().get("/api/v1/partner/me").then().statusCode(401).body("detail", containsString("needs a partner key"));
        given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(200);
    }

    @Test
    void onlyPartnersManageCanKeepPartners() {
        String token = staff().body(Map.of("name", "editor", "scopes", List.of("articles:write")))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/admin/partners")
                .then()
                .statusCode(403)
                .body("detail", containsString("partners:manage"));
    }

    @Test
    void invalidPartnersAreRefusedFieldByField() {
        staff().body(Map.of("name", " ", "contact", "not-an-email", "tier", "Gold Tier", "formats", List.of("pdf")))
                .post("/api/v1/admin/partners")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "contact", "tier", "formats[0]"));
        staff().get("/api/v1/admin/partners/no-such-partner")
                .then()
                .statusCode(404)
                .body("detail", containsString("no-such-partner"));
        staff().body(Map.of("name", "x"))
                .post("/api/v1/admin/partners/" + newPartner("standard") + "/keys/999999/revoke")
                .then()
                .statusCode(404);
    }

    @Test
    void theDevelopmentKeyBelongsToTheDemoPartner() {
        asPartner("dev-partner-key")
                .statusCode(200)
                .body("slug", equalTo("harbour-wire"))
                .body("name", equalTo("Harbour Wire"))
                .body("tier", equalTo("standard"));
    }
}
