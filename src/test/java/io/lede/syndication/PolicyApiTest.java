package io.lede.syndication;

import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyApiTest {

    static final String POLICIES = "/api/v1/admin/policies";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> policy(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("maxCharacters", 120);
        body.put("creditTemplate", "{title} — {publisher}, {canonicalUrl}");
        return body;
    }

    static long createPolicy(Map<String, Object> body) {
        return staff().body(body)
                .post(POLICIES)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long publisherDefaultId() {
        return staff().get(POLICIES).jsonPath().getLong("items.find { it.publisherDefault }.id");
    }

    @Test
    void aPolicyIsCreatedAtVersionOneWithTheDefaultsForWhatItLeavesOut() {
        Response created =
                staff().body(policy("Short excerpts " + Api.unique("p"))).post(POLICIES);
        created.then()
                .statusCode(201)
                .header("Location", containsString(POLICIES + "/"))
                .header("ETag", equalTo("\"v1\""))
                .body("version", equalTo(1))
                .body("url", endsWith("/api/v1/policies/" + created.jsonPath().getLong("id") + "/versions/1"))
                .body("maxCharacters", equalTo(120))
                .body("maxWords", nullValue())
                .body("excerptsAllowed", equalTo(true))
                .body("cutAtSentence", equalTo(true))
                .body("linkTarget", equalTo("canonical"))
                .body("publisherDefault", equalTo(false));
    }

    @Test
    void changingAPolicyMakesANewVersionAndKeepsTheOldOneReadable() {
        long id = createPolicy(policy("Versioned " + Api.unique("p")));
        Map<String, Object> changed = policy("Versioned, now nosnippet");
        changed.put("excerptsAllowed", false);
        staff().header("If-Match", "\"v1\"")
                .body(changed)
                .put(POLICIES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("version", equalTo(2))
                .body("excerptsAllowed", equalTo(false));
        staff().header("If-Match", "\"v1\"")
                .body(changed)
                .put(POLICIES + "/" + id)
                .then()
                .statusCode(412);

        given().get("/api/v1/policies/" + id)
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .body("version", equalTo(2))
                .body("excerptsAllowed", equalTo(false));
        given().get("/api/v1/policies/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("excerptsAllowed", equalTo(true));
        given().get("/api/v1/policies/" + id + "/versions/9").then().statusCode(404);
    }

    @Test
    void aPolicyReadsAsOdrlJsonLdWhenAskedFor() {
        Map<String, Object> body = policy("ODRL " + Api.unique("p"));
        body.put("maxWords", 50);
        body.put("fullTextTiers", List.of("premium"));
        body.put("quotationsAllowed", false);
        body.put("tdmReserved", true);
        long id = createPolicy(body);

        Response odrl = given().accept("application/ld+json").get("/api/v1/policies/" + id);
        assertThat(odrl.headers().getValues("Vary")).contains("Accept");
        odrl.then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@type'", equalTo("Offer"))
                .body("'@context'[0]", equalTo("http://www.w3.org/ns/odrl.jsonld"))
                .body("uid", endsWith("/api/v1/policies/" + id + "/versions/1"))
                .body("profile", equalTo("http://iptc.org/std/RightsML/odrl-profile/"))
                .body("permission.find { it.target == 'lede:excerpt' }.constraint.rightOperand", hasItem(50))
                .body("permission.find { it.target == 'lede:excerpt' }.duty[0].action", equalTo("attribute"))
                .body("permission.find { it.target == 'lede:fullText' }.constraint[0].rightOperand", hasItem("premium"))
                .body("prohibition.action", hasItem("tdm:mine"))
                .body("prohibition.target", hasItem("lede:quotation"));
        given().accept("application/json")
                .get("/api/v1/policies/" + id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("name", startsWith("ODRL"));
    }

    @Test
    void articleBeatsTagBeatsPublisherDefault() {
        String tag = Api.createTag();
        long article = Api.article().tags(tag).published();
        String applied = "/api/v1/admin/articles/" + article + "/policy";

        staff().get(applied)
                .then()
                .statusCode(200)
                .body("source", equalTo("publisher"))
                .body("policy.id", equalTo((int) publisherDefaultId()));

        long tagPolicy = createPolicy(policy("Section " + Api.unique("p")));
        staff().body(Map.of("policyId", tagPolicy))
                .put("/api/v1/admin/tags/" + tag + "/policy")
                .then()
                .statusCode(200)
                .body("source", equalTo("tag"));
        staff().get(applied).then().body("source", equalTo("tag")).body("policy.id", equalTo((int) tagPolicy));

        long own = createPolicy(policy("Own " + Api.unique("p")));
        staff().body(Map.of("policyId", own))
                .put(applied)
                .then()
                .statusCode(200)
                .body("source", equalTo("article"));
        staff().get(applied).then().body("policy.id", equalTo((int) own));

        staff().delete(applied).then().statusCode(200).body("source", equalTo("tag"));
        staff().delete("/api/v1/admin/tags/" + tag + "/policy").then().statusCode(200);
        staff().get(applied).then().body("source", equalTo("publisher"));
    }

    @Test
    void aPolicyInUseOrThePublisherDefaultCannotBeDeleted() {
        long article = Api.article().draft();
        long id = createPolicy(policy("In use " + Api.unique("p")));
        staff().body(Map.of("policyId", id))
                .put("/api/v1/admin/articles/" + article + "/policy")
                .then()
                .statusCode(200);
        staff().delete(POLICIES + "/" + id).then().statusCode(409);
        staff().delete(POLICIES + "/" + publisherDefaultId()).then().statusCode(409);
        long unused = createPolicy(policy("Unused " + Api.unique("p")));
        staff().delete(POLICIES + "/" + unused).then().statusCode(204);
        staff().get(POLICIES + "/" + unused).then().statusCode(404);
    }

    @Test
    void anUnknownCreditPlaceholderOrTierIsRefused() {
        Map<String, Object> body = policy("Bad " + Api.unique("p"));
        body.put("creditTemplate", "{title} by {editor}");
        staff().body(body).post(POLICIES).then().statusCode(400).body("errors[0].field", equalTo("creditTemplate"));
        body.put("creditTemplate", "{title}");
        body.put("fullTextTiers", List.of("Premium Tier"));
        staff().body(body).post(POLICIES).then().statusCode(400);
        staff().body(Map.of("policyId", 999_999))
                .put("/api/v1/admin/tags/no-such-tag/policy")
                .then()
                .statusCode(404);
    }

    @Test
    void policiesNeedThePartnersScope() {
        given().get(POLICIES).then().statusCode(401);
        given().contentType("application/json")
                .body(policy("x"))
                .post(POLICIES)
                .then()
                .statusCode(401);
    }

    @Test
    void importingAPageWhoseFooterAllowsExcerptsWithCreditAndLinkSetsItsPolicy() {
        String page = "Harbour lights " + System.nanoTime() + "\n\n"
                + "The lighthouse keepers voted to keep the old lamp running through the winter.\n\n"
                + "© 2025, Gullhaven Post. Excerpts may be republished provided that credit is given to"
                + " gullhaven.example with a link to the original story.\n";
        long article = given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .contentType("text/plain; charset=UTF-8")
                .body(page)
                .post("/api/v1/admin/articles/import")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("article.id");
        staff().get("/api/v1/admin/articles/" + article + "/policy")
                .then()
                .statusCode(200)
                .body("source", equalTo("article"))
                .body("policy.excerptsAllowed", equalTo(true))
                .body("policy.linkRequired", equalTo(true))
                .body("policy.creditTemplate", equalTo("{title} — gullhaven.example, {canonicalUrl}"))
                .body("policy.usageTerms", containsString("Excerpts may be republished"));
    }
}
