package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A schema-driven fuzz of every operation in the generated spec: for each one, requests built from its declared
 * parameters and body schema, then spoiled one part at a time (wrong types, nulls, over-long and odd strings,
 * extreme numbers and times, unknown fields and parameters, garbage headers). Whatever the input, the answer is
 * never a 5xx, and every error is problem+json.
 *
 * <p>It runs in a profile of its own, so the rows it creates never meet other tests' expectations.
 */
@QuarkusTest
@TestProfile(SpecFuzzTest.Isolated.class)
class SpecFuzzTest {

    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.comments.per-email", "100000");
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ODD_STRINGS = List.of(
            "",
            " ",
            "-1",
            "0",
            "99999999999999999999999",
            "+999999-01-01T00:00:00Z",
            "null",
            "../../etc/passwd",
            "é漢字🙂",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "x".repeat(5_000),
            "a,b,c",
            "%",
            "\u0001\u0002");
    private static final List<String> ODD_PATH_SEGMENTS =
            List.of("0", "-1", "99999999999999999999", "no-such-thing", "%C3%A9", "a.b", "x".repeat(300));

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261130);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final java.util.SortedMap<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() throws Exception {
        JsonNode spec = json.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    fuzz(spec, path.getKey(), operation.getKey(), operation.getValue());
                }
            }
        }
        System.out.printf("Spec fuzz: %d requests, answers by status %s%n", requests, statuses);
        assertThat(requests).isGreaterThan(500);
        assertThat(failures)
                .as("answers that broke the contract, out of %d requests", requests)
                .isEmpty();
    }

    private void fuzz(JsonNode spec, String template, String method, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode bodySchema = bodySchema(spec, operation);
        boolean staff = template.startsWith("/api/v1/admin");

        send(method, template, parameters, bodySchema, spec, staff, null, null, null);
        for (JsonNode parameter : parameters) {
            for (String odd : ODD_STRINGS) {
                send(
                        method,
                        template,
                        parameters,
                        bodySchema,
                        spec,
                        staff,
                        parameter.path("name").asText(),
                        odd,
                        null);
            }
        }
        send(method, template, parameters, bodySchema, spec, staff, "noSuchParameter", "1", null);
        for (String segment : ODD_PATH_SEGMENTS) {
            send(method, template, parameters, bodySchema, spec, staff, "{path}", segment, null);
        }
        if (bodySchema != null) {
            JsonNode valid = example(spec, bodySchema, 0);
            for (JsonNode spoiled : spoilings(spec, bodySchema, valid)) {
                send(method, template, parameters, bodySchema, spec, staff, null, null, spoiled);
            }
        }
    }

    private void send(
            String method,
            String template,
            List<JsonNode> parameters,
            JsonNode bodySchema,
            JsonNode spec,
            boolean staff,
            String oddName,
            String oddValue,
            JsonNode body) {
        RequestSpecification request =
                given().urlEncodingEnabled(true).redirects().follow(false);
        if (staff) {
            request.header("Authorization", "Bearer " + Api.ADMIN_TOKEN);
        }
        String path = template;
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String value = name.equals(oddName) ? oddValue : plausible(parameter.path("schema"), name);
            if (value == null) {
                continue;
            }
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", "{path}".equals(oddName) ? oddValue : value);
                case "query" -> request.queryParam(name, value);
                case "header" -> request.header(name, value.replaceAll("[\\r\\n\\x00-\\x1f]", ""));
                default -> {}
            }
        }
        path = path.replaceAll("\\{[^}]+}", "{path}".equals(oddName) ? oddValue : "no-such-thing");
        if ("noSuchParameter".equals(oddName)) {
            request.queryParam(oddName, oddValue);
        }
        if (bodySchema != null) {
            JsonNode sent = body != null ? body : example(spec, bodySchema, 0);
            request.contentType("application/json").body(sent.toString());
        }
        Response response;
        try {
            response = request.request(method.toUpperCase(), path);
        } catch (RuntimeException e) {
            return; // the client refused to build it (an unencodable path); nothing reached the server
        }
        requests++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String contentType = String.valueOf(response.contentType());
        String shown = method.toUpperCase() + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
        // oEmbed answers 501 for a format it does not speak, as the oEmbed spec asks.
        boolean oembedFormat = status == 501 && path.startsWith("/oembed");
        if (status >= 500 && !oembedFormat) {
            failures.add(shown + " -> " + status + " " + response.asString());
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(shown + " -> " + status + " as " + contentType);
        }
    }

    private static JsonNode bodySchema(JsonNode spec, JsonNode operation) {
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return schema.isMissingNode() ? null : resolve(spec, schema);
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asText().replace("#/components/schemas/", "");
            current = spec.path("components").path("schemas").path(ref);
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(spec, current.path("allOf").get(0));
        }
        return current;
    }

    /** A value the schema accepts, as a client that read the spec would send it. */
    private JsonNode example(JsonNode spec, JsonNode raw, int depth) {
        JsonNode schema = resolve(spec, raw);
        if (schema.has("example") && depth > 0) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                schema.path("properties")
                        .fields()
                        .forEachRemaining(
                                field -> object.set(field.getKey(), example(spec, field.getValue(), depth + 1)));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth <= 4) {
                    array.add(example(spec, schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(
                        schema.has("minimum") ? schema.path("minimum").asLong() : 1);
            }
            case "number" -> {
                return NODES.numberNode(0.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if ("date-time".equals(schema.path("format").asText())) {
                    return NODES.textNode("2030-01-01T09:00:00Z");
                }
                if ("email".equals(schema.path("format").asText())) {
                    return NODES.textNode(Api.unique("fuzz") + "@example.org");
                }
                return NODES.textNode("fuzz words " + Api.unique("v"));
            }
        }
    }

    /** The valid body spoiled one way at a time. */
    private List<JsonNode> spoilings(JsonNode spec, JsonNode schema, JsonNode valid) {
        List<JsonNode> spoiled = new ArrayList<>();
        spoiled.add(NODES.nullNode());
        spoiled.add(NODES.arrayNode());
        spoiled.add(NODES.textNode("not an object"));
        spoiled.add(NODES.objectNode());
        ObjectNode unknown = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
        unknown.put("noSuchField", 1);
        spoiled.add(unknown);
        if (!valid.isObject()) {
            return spoiled;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = resolve(spec, field.getValue());
            for (JsonNode bad : badValues(property)) {
                ObjectNode copy = ((ObjectNode) valid).deepCopy();
                copy.set(field.getKey(), bad);
                spoiled.add(copy);
            }
        }
        return spoiled;
    }

    private List<JsonNode> badValues(JsonNode property) {
        List<JsonNode> values = new ArrayList<>(List.of(
                NODES.nullNode(),
                NODES.objectNode(),
                NODES.booleanNode(false),
                NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(-1),
                NODES.numberNode(1e308),
                NODES.textNode("\u0000"),
                NODES.textNode("+999999-01-01T00:00:00Z"),
                NODES.textNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())))));
        int max = property.path("maxLength").asInt(1_000);
        values.add(NODES.textNode("y".repeat(Math.min(max + 1, 600_000))));
        ArrayNode nulls = NODES.arrayNode();
        nulls.addNull();
        values.add(nulls);
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 200; i++) {
            many.add("item-" + i);
        }
        values.add(many);
        ArrayNode nested = NODES.arrayNode();
        ArrayNode inner = nested;
        for (int i = 0; i < 200; i++) {
            ArrayNode deeper = NODES.arrayNode();
            inner.add(deeper);
            inner = deeper;
        }
        values.add(nested);
        return values;
    }

    /** A value for a parameter the way a careful client fills it; null leaves an optional one out. */
    private static String plausible(JsonNode schema, String name) {
        return switch (name) {
            case "limit" -> "5";
            case "cursor", "since", "until", "q", "tag", "author", "speaker", "article", "status", "sort", "comment" ->
                null;
            case "If-Match" -> "\"v1\"";
            case "X-Edit-Secret" -> "not-a-secret";
            case "Idempotency-Key" -> Api.unique("key");
            default -> schema.path("type").asText().equals("integer") ? "999999999" : "no-such-thing";
        };
    }
}
