package io.lede.image;

import static io.lede.Api.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** As in production: allow-private-targets off, so an image on this machine is refused before any request. */
@QuarkusTest
@TestProfile(PrivateImageSourcesTest.AsInProduction.class)
class PrivateImageSourcesTest {

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.lede.outbound.allow-private-targets", "false");
        }
    }

    private static ImageHost host;

    @BeforeAll
    static void startImageHost() {
        host = new ImageHost();
    }

    @AfterAll
    static void stopImageHost() {
        host.close();
    }

    @Test
    void anImageOnALoopbackAddressIsRefusedNamingTheField() {
        String local = host.png(40, 30);
        staff().body(Map.of("url", local, "alt", "A local picture"))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("https"));
        staff().body(Map.of("url", local.replace("http://", "https://"), "alt", "A local picture"))
                .post("/api/v1/admin/images")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("loopback, private or link-local"));
        staff().body(Map.of("title", "Local picture", "body", "![A local picture](https://10.1.2.3/a.png)"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("https://10.1.2.3/a.png"));
    }
}
