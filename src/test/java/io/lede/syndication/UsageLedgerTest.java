package io.lede.syndication;

import static io.lede.Api.staff;
import static io.lede.syndication.PartnerQuotasTest.issueKey;
import static io.lede.syndication.PartnerQuotasTest.me;
import static io.lede.syndication.PartnerQuotasTest.newPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.lede.Api;
import io.lede.web.Housekeeping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The usage ledger: counted in memory, written in batches that add, read by partners (their own) and staff. */
@QuarkusTest
class UsageLedgerTest {

    @Inject
    UsageLedger ledger;

    @Inject
    DataSource dataSource;

    @Inject
    QuotaConfig config;

    @Inject
    Housekeeping housekeeping;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static JsonPath usage(Object key) {
        return given().header("Authorization", "Bearer " + key)
                .get("/api/v1/partner/usage")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("RateLimit-Policy", equalTo("10000;w=3600, 1000;w=1"))
                .extract()
                .jsonPath();
    }

    private static PartnerCaller caller(long partner, Map<String, Object> key) {
        return new PartnerCaller(partner, "p", ((Number) key.get("id")).longValue(), "standard", List.of("json"), null);
    }

    @Test
    void everyRequestCountsPerKeyAndDayAndReadsRecordArticles() {
        long partner = newPartner("Wire " + Api.unique("l"));
        Map<String, Object> key = issueKey(partner, null);
        Map<String, Object> otherKey = issueKey(partner, null);
        for (int i = 0; i < 3; i++) {
            me(key.get("key")).then().statusCode(200);
        }
        me(otherKey.get("key")).then().statusCode(200);
        long article = Api.article().published();
        String slug =
                staff().get("/api/v1/admin/articles/" + article).jsonPath().getString("slug");
        PartnerCaller caller = caller(partner, key);
        ledger.record(caller, article, Delivery.excerpt);
        ledger.record(caller, article, Delivery.excerpt);
        ledger.record(caller, article, Delivery.fullText);
        ledger.record(caller, article, Delivery.request);

        JsonPath usage = usage(key.get("key"));
        // This read is a request too, and is in its own answer.
        assertThat(usage.getList("items")).hasSize(3);
        assertThat(usage.getString("from"))
                .isEqualTo(LocalDate.parse(today()).minusDays(29).toString());
        assertThat(usage.getString("to")).isEqualTo(today());
        Map<String, Object> keyRow = usage.getMap("items[0]");
        assertThat(keyRow)
                .containsEntry("day", today())
                .containsEntry("keyId", key.get("id"))
                .containsEntry("keyPrefix", key.get("prefix"))
                .containsEntry("articleId", null)
                .containsEntry("requests", 4)
                .containsEntry("excerpts", 0)
                .containsEntry("fullTexts", 0);
        assertThat(usage.getMap("items[1]"))
                .containsEntry("keyId", key.get("id"))
                .containsEntry("articleId", (int) article)
                .containsEntry("articleSlug", slug)
                .containsEntry("requests", 4)
                .containsEntry("excerpts", 2)
                .containsEntry("fullTexts", 1);
        assertThat(usage.getMap("items[2]"))
                .containsEntry("keyId", otherKey.get("id"))
                .containsEntry("articleId", null)
                .containsEntry("requests", 1);
        assertThat(usage.getMap("totals"))
                .containsEntry("requests", 5)
                .containsEntry("excerpts", 2)
                .containsEntry("fullTexts", 1);

        // The next read counts on top of what was written.
        assertThat(usage(key.get("key")).getInt("items[0].requests")).isEqualTo(5);
    }

    @Test
    void twoInstancesAddToTheSameRows() {
        long partner = newPartner("Wire " + Api.unique("two"));
        Map<String, Object> key = issueKey(partner, null);
        long article = Api.article().published();
        UsageLedger other = new UsageLedger(dataSource, dbKind, config, housekeeping);
        PartnerCaller caller = caller(partner, key);
        for (UsageLedger instance : List.of(ledger, other, ledger, other, other)) {
            instance.record(caller, article, Delivery.excerpt);
            instance.record(caller, null, Delivery.request);
            instance.flush();
        }
        JsonPath usage = staff().get("/api/v1/admin/partners/" + partner + "/usage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(usage.getInt("items[0].requests")).isEqualTo(5);
        assertThat(usage.getInt("items[1].requests")).isEqualTo(5);
        assertThat(usage.getInt("items[1].excerpts")).isEqualTo(5);
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerKeyArticleAndDay() {
        String name = "Smith, \"Jones\" & Co " + Api.unique("csv");
        long partner = newPartner(name);
        Map<String, Object> key = issueKey(partner, null);
        me(key.get("key")).then().statusCode(200);
        long article = Api.article().published();
        ledger.record(caller(partner, key), article, Delivery.excerpt);

        String csv = given().header("Authorization", "Bearer " + key.get("key"))
                .accept("text/csv")
                .queryParam("from", today())
                .queryParam("to", today())
                .get("/api/v1/partner/usage")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("RateLimit", startsWith("limit="))
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo(
                        "day,partner,partner_name,key_id,key_prefix,article_id,article_slug,requests,excerpts,full_texts");
        String slug =
                staff().get("/api/v1/admin/partners/" + partner).jsonPath().getString("slug");
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        assertThat(lines[1])
                .isEqualTo(today() + "," + slug + "," + quoted + "," + key.get("id") + "," + key.get("prefix")
                        + ",,,2,0,0");
        assertThat(lines[2])
                .startsWith(today() + "," + slug + "," + quoted + "," + key.get("id") + ",")
                .endsWith("," + article + ","
                        + staff().get("/api/v1/admin/articles/" + article)
                                .jsonPath()
                                .getString("slug") + ",1,1,0");

        assertThat(UsageService.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(UsageService.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(UsageService.field("plain")).isEqualTo("plain");
    }

    @Test
    void aPartnerSeesOnlyItsOwnUsageAndStaffSeeEveryones() {
        long first = newPartner("Wire " + Api.unique("a"));
        long second = newPartner("Wire " + Api.unique("b"));
        Map<String, Object> firstKey = issueKey(first, null);
        Map<String, Object> secondKey = issueKey(second, null);
        me(firstKey.get("key")).then().statusCode(200);
        me(secondKey.get("key")).then().statusCode(200);
        String firstSlug =
                staff().get("/api/v1/admin/partners/" + first).jsonPath().getString("slug");
        String secondSlug =
                staff().get("/api/v1/admin/partners/" + second).jsonPath().getString("slug");

        assertThat(usage(firstKey.get("key")).getList("items.partner", String.class))
                .containsOnly(firstSlug);

        staff().get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(200)
                .body("items.partner", hasItem(firstSlug))
                .body("items.partner", hasItem(secondSlug));
        staff().queryParam("partner", secondSlug)
                .get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(200)
                .body("items.partner", everyItem(equalTo(secondSlug)))
                .body("items[0].requests", equalTo(1));
        staff().get("/api/v1/admin/partners/" + first + "/usage")
                .then()
                .statusCode(200)
                .body("items.partner", everyItem(equalTo(firstSlug)));
        staff().queryParam("partner", "no-such-partner")
                .get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(404);
        staff().queryParam("from", "2026-12-01")
                .queryParam("to", "2026-01-01")
                .get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        staff().queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-01")
                .get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // A partner key is no staff token, and a staff token is no partner key.
        given().header("Authorization", "Bearer " + firstKey.get("key"))
                .get("/api/v1/admin/partners/usage")
                .then()
                .statusCode(403);
        staff().get("/api/v1/partner/usage").then().statusCode(403);
    }
}
