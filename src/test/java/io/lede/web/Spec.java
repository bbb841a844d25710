package io.lede.web;

import static io.restassured.RestAssured.given;

import io.lede.Api;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The served OpenAPI document, walked operation by operation, for tests that hold the server to its spec. */
@SuppressWarnings("unchecked")
public final class Spec {

    public record Operation(String method, String path, Map<String, Object> body) {

        public String name() {
            return method.toUpperCase() + " " + path;
        }

        /** The bearer secret of the kind this operation's security scheme asks for: a partner key or a staff token. */
        public String credential() {
            Object security = body.get("security");
            return security != null && security.toString().contains("partnerKey") ? Api.PARTNER_KEY : Api.ADMIN_TOKEN;
        }

        public Map<String, Map<String, Object>> responses() {
            return (Map<String, Map<String, Object>>) body.get("responses");
        }

        public boolean answersABody() {
            return responses().entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().get("content") != null);
        }

        public Map<String, Object> requestBody() {
            return (Map<String, Object>) body.get("requestBody");
        }

        public List<String> requestContentTypes() {
            return List.copyOf(((Map<String, Object>) requestBody().get("content")).keySet());
        }

        public boolean isStaff() {
            return path.startsWith("/api/v1/admin");
        }
    }

    private final Map<String, Object> document;

    private Spec(Map<String, Object> document) {
        this.document = document;
    }

    public static Spec served() {
        return new Spec(given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
    }

    public Map<String, Object> document() {
        return document;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        paths.forEach((path, item) ->
                item.forEach((method, operation) -> operations.add(new Operation(method, path, operation))));
        return operations;
    }

    public Operation operation(String method, String path) {
        return operations().stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && op.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    /** A parameter, a header or a schema, with a {@code $ref} followed to its component. */
    public Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String[] parts = ref.toString().substring(2).split("/");
        Map<String, Object> target = document;
        for (String part : parts) {
            target = (Map<String, Object>) target.get(part);
        }
        return resolve(target);
    }

    public Map<String, Object> schema(String name) {
        return ((Map<String, Map<String, Map<String, Object>>>) document.get("components"))
                .get("schemas")
                .get(name);
    }

    public List<Map<String, Object>> parameters(Operation operation) {
        var declared = (List<Map<String, Object>>) operation.body().get("parameters");
        return declared == null
                ? List.of()
                : declared.stream().map(this::resolve).toList();
    }

    /** The operation's path with each parameter filled in by {@code value}. */
    public static String fill(String path, String value) {
        return path.replaceAll("\\{[^}]+}", value);
    }
}
