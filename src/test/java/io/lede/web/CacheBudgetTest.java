package io.lede.web;

import static io.lede.Api.article;
import static io.lede.Api.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A public cache whose memory budget is spent lets its coldest answers go and keeps serving the hot ones. */
@QuarkusTest
@TestProfile(CacheBudgetTest.OneMegabyte.class)
class CacheBudgetTest {

    public static class OneMegabyte implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.cache.memory-mb", "1");
        }
    }

    private static final int BIG_ARTICLES = 6;

    @Test
    void aFullCacheEvictsColdAnswersInsteadOfForgettingEverything() {
        String hot = slugOf(article().published());
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/articles/" + hot).then().statusCode(200);
        }
        String paragraph = "A long paragraph about the harbour works, repeated to make a heavy answer. ".repeat(40);
        String body = (paragraph + "\n\n").repeat(60);
        for (int i = 0; i < BIG_ARTICLES; i++) {
            String big = slugOf(article().with("body", body).published());
            given().get("/api/v1/articles/" + big).then().statusCode(200);
            given().get("/api/v1/articles/" + hot).then().statusCode(200);
        }
        double hitsBefore = metric("cache_gets_total", "result=\"hit\"");

        given().get("/api/v1/articles/" + hot).then().statusCode(200);

        assertThat(metric("cache_gets_total", "result=\"hit\"")).isEqualTo(hitsBefore + 1);
        assertThat(metric("cache_evictions_total", null)).isPositive();
        assertThat(metric("cache_size", null)).isPositive();
    }

    private static String slugOf(long id) {
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    private static double metric(String name, String label) {
        String scrape =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern line = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("cache=\"public-responses\"") && (label == null || labels.contains(label))) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no " + name + " for the public cache in /q/metrics");
    }
}
