package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndEveryResponseADescriptionSchemaAndExample() {
        JsonPath spec = given().accept(ContentType.JSON).get("/q/openapi").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                if (op.get("summary") == null) {
                    gaps.add(name + ": no summary");
                }
                if (path.getKey().startsWith("/api/v1/admin") && op.get("security") == null) {
                    gaps.add(name + ": no security requirement");
                }
                var responses = (Map<String, Map<String, Object>>) op.get("responses");
                responses.forEach((status, response) -> {
                    if (response.get("description") == null) {
                        gaps.add(name + " " + status + ": no description");
                    }
                    var content = (Map<String, Map<String, Object>>) response.get("content");
                    if (content == null) {
                        if (!status.equals("202") && !status.equals("204") && !status.equals("304")) {
                            gaps.add(name + " " + status + ": no content");
                        }
                        return;
                    }
                    content.forEach((type, media) -> {
                        if (media.get("schema") == null) {
                            gaps.add(name + " " + status + " " + type + ": no schema");
                        }
                        if (media.get("example") == null && media.get("examples") == null) {
                            gaps.add(name + " " + status + " " + type + ": no example");
                        }
                    });
                });
            }
        }
        assertThat(operations).isGreaterThan(20);
        assertThat(gaps).isEmpty();
    }

    @Test
    void theSpecDeclaresABearerScheme() {
        given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void theConsoleIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
