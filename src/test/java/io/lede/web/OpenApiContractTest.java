package io.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a client generated from the spec relies on: names, servers, headers, statuses and required members. */
@QuarkusTest
@SuppressWarnings("unchecked")
class OpenApiContractTest {

    private Spec spec;

    @BeforeEach
    void readTheSpec() {
        spec = Spec.served();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        for (Spec.Operation operation : spec.operations()) {
            Object id = operation.body().get("operationId");
            if (id == null || !id.toString().matches("[a-z][A-Za-z]+")) {
                gaps.add(operation.name() + ": operationId " + id);
            } else if (!seen.add(id.toString())) {
                gaps.add(operation.name() + ": operationId " + id + " is taken");
            }
        }
        assertThat(gaps).isEmpty();
        assertThat(spec.operation("post", "/api/v1/admin/articles/{id}/publish")
                        .body()
                        .get("operationId"))
                .isEqualTo("publishArticle");
    }

    @Test
    void theSpecNamesAServerAndAContact() {
        var servers = (List<Map<String, Object>>) spec.document().get("servers");
        assertThat(servers).isNotEmpty();
        assertThat(servers.get(0).get("url").toString()).startsWith("http");
        assertThat(((Map<String, Object>) spec.document().get("info")).get("contact"))
                .isNotNull();
    }

    @Test
    void everySuccessDeclaresTheHeadersItCarries() {
        List<String> gaps = new ArrayList<>();
        for (Spec.Operation operation : spec.operations()) {
            boolean conditional = operation.responses().containsKey("304");
            if (conditional) {
                Set<String> parameters = new HashSet<>();
                spec.parameters(operation)
                        .forEach(p -> parameters.add(p.get("name").toString()));
                if (!parameters.containsAll(Set.of("If-None-Match", "If-Modified-Since"))) {
                    gaps.add(operation.name() + ": no If-None-Match or If-Modified-Since");
                }
            }
            operation.responses().forEach((status, response) -> {
                Set<String> headers = headers(response);
                String name = operation.name() + " " + status;
                if ((status.startsWith("2") || status.equals("304")) && !headers.contains("Cache-Control")) {
                    gaps.add(name + ": no Cache-Control");
                }
                if (conditional
                        && (status.equals("200") || status.equals("304"))
                        && !headers.containsAll(Set.of("ETag", "Last-Modified", "Surrogate-Key"))) {
                    gaps.add(name + ": no ETag, Last-Modified or Surrogate-Key");
                }
                if (status.equals("201") && !headers.contains("Location")) {
                    gaps.add(name + ": no Location");
                }
                if (status.equals("429")
                        && !headers.containsAll(Set.of("Retry-After", "RateLimit", "RateLimit-Policy"))) {
                    gaps.add(name + ": no Retry-After, RateLimit or RateLimit-Policy");
                }
                if (status.equals("503") && !headers.contains("Retry-After")) {
                    gaps.add(name + ": no Retry-After");
                }
            });
        }
        assertThat(gaps).isEmpty();
        assertThat(headers(spec.operation("get", "/api/v1/articles").responses().get("200")))
                .contains("Link");
        assertThat(headers(spec.operation("get", "/api/v1/admin/articles/{id}")
                        .responses()
                        .get("200")))
                .contains("ETag");
        assertThat(headers(spec.operation("post", "/api/v1/articles/{slug}/comments")
                        .responses()
                        .get("429")))
                .contains("RateLimit");
    }

    @Test
    void everyOperationListsTheStatusesItCanAnswer() {
        List<String> gaps = new ArrayList<>();
        for (Spec.Operation operation : spec.operations()) {
            Set<String> statuses = operation.responses().keySet();
            List<String> expected = new ArrayList<>(List.of("400"));
            if (!operation.path().equals("/api/v1/ping")) {
                expected.add("503");
            }
            if (operation.isStaff()) {
                expected.addAll(List.of("401", "403"));
            }
            if (operation.path().contains("{")) {
                expected.add("404");
            }
            if (operation.answersABody()) {
                expected.add("406");
            }
            if (operation.requestBody() != null) {
                expected.addAll(List.of("413", "415"));
            }
            for (Map<String, Object> parameter : spec.parameters(operation)) {
                if ("If-Match".equals(parameter.get("name"))) {
                    expected.add("412");
                    if (Boolean.TRUE.equals(parameter.get("required"))) {
                        expected.add("428");
                    }
                }
                if ("Idempotency-Key".equals(parameter.get("name"))) {
                    expected.addAll(List.of("409", "422"));
                }
            }
            expected.stream()
                    .filter(status -> !statuses.contains(status))
                    .forEach(status -> gaps.add(operation.name() + ": no " + status));
        }
        assertThat(gaps).isEmpty();
        assertThat(spec.operation("post", "/api/v1/articles/{slug}/comments").responses())
                .containsKeys("403", "409", "422", "429");
    }

    @Test
    void headersTheServerRequiresAreRequired() {
        assertThat(parameter("put", "/api/v1/admin/articles/{id}", "If-Match")).containsEntry("required", true);
        assertThat(parameter("put", "/api/v1/comments/{id}", "X-Edit-Secret")).containsEntry("required", true);
        assertThat(parameter("delete", "/api/v1/comments/{id}", "X-Edit-Secret"))
                .containsEntry("required", true);
        assertThat(parameter("patch", "/api/v1/admin/articles/{id}", "If-Match"))
                .doesNotContainEntry("required", true);
    }

    @Test
    void responseBodiesListTheirRequiredMembers() {
        List<String> gaps = new ArrayList<>();
        var schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) spec.document().get("components")).get("schemas");
        Set<String> answered = new HashSet<>();
        for (Spec.Operation operation : spec.operations()) {
            operation.responses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    refs(response, answered);
                }
            });
        }
        for (String name : answered) {
            Map<String, Object> schema = schemas.get(name);
            var properties = (Map<String, Object>) schema.get("properties");
            if (properties != null && !properties.keySet().equals(Set.copyOf(required(schema)))) {
                gaps.add(name + " requires " + required(schema) + " of " + properties.keySet());
            }
        }
        assertThat(answered).contains("Article", "StaffArticle", "CommentThread", "Quote", "Tag", "Comment");
        assertThat(gaps).isEmpty();
        assertThat(required(schemas.get("Problem"))).containsExactlyInAnyOrder("type", "title", "status", "detail");
    }

    @Test
    void mergePatchTakesItsOwnSchemaWithEveryMemberOptional() {
        var content =
                (Map<String, Map<String, Map<String, Object>>>) spec.operation("patch", "/api/v1/admin/articles/{id}")
                        .requestBody()
                        .get("content");
        assertThat(content).containsKeys("application/merge-patch+json", "application/json");
        content.values().forEach(media -> assertThat(media.get("schema"))
                .containsEntry("$ref", "#/components/schemas/ArticlePatch"));

        Map<String, Object> patch = spec.schema("ArticlePatch");
        var properties = (Map<String, Map<String, Object>>) patch.get("properties");
        assertThat(patch.get("required")).isNull();
        assertThat(properties.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ((Map<String, Object>) spec.schema("ArticleInput").get("properties")).keySet());
        List<String> nullable = properties.entrySet().stream()
                .filter(e -> e.getValue().get("type") instanceof List<?> types && types.contains("null"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(nullable)
                .containsExactlyInAnyOrder(
                        "dek",
                        "authors",
                        "tags",
                        "canonicalUrl",
                        "language",
                        "copyrightHolder",
                        "copyrightYear",
                        "rightsStatement",
                        "featuredImageId");

        Map<String, Object> correction = spec.schema("QuoteCorrection");
        assertThat(correction.get("required")).isNull();
    }

    @Test
    void noHintForTheSpecFilterIsLeftInTheSpec() {
        for (Spec.Operation operation : spec.operations()) {
            assertThat(operation.body().keySet()).noneMatch(key -> key.startsWith("x-"));
            assertThat(operation.responses().keySet()).allMatch(status -> status.matches("[1-5]\\d\\d"));
        }
    }

    private Map<String, Object> parameter(String method, String path, String name) {
        return spec.parameters(spec.operation(method, path)).stream()
                .filter(p -> name.equals(p.get("name")))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> headers(Map<String, Object> response) {
        var headers = (Map<String, Object>) response.get("headers");
        return headers == null ? Set.of() : headers.keySet();
    }

    private static List<String> required(Map<String, Object> schema) {
        var required = (List<String>) schema.get("required");
        return required == null ? List.of() : required;
    }

    /** The schemas a part of the spec names, and the ones they name, found by their $ref. */
    private void refs(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            Object ref = map.get("$ref");
            if (ref instanceof String text && text.startsWith("#/components/schemas/")) {
                String name = text.substring("#/components/schemas/".length());
                if (names.add(name)) {
                    refs(spec.schema(name), names);
                }
            }
            map.values().forEach(value -> refs(value, names));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> refs(value, names));
        }
    }
}
