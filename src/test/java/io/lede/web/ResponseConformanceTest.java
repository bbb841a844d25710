package io.lede.web;

import static io.lede.Api.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.lede.Api;
import io.lede.image.ImageHost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every read in the spec, called on real content, answers what its schema promises: each required member present,
 * null only where the type allows it, and no member the schema does not name (a generated client may refuse one).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ResponseConformanceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyReadAnswersTheSchemaItDeclares() {
        try (ImageHost images = new ImageHost()) {
            check(Content.made(images));
        }
    }

    private void check(Content content) {
        Spec spec = Spec.served();
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (Spec.Operation operation : spec.operations()) {
            if (!operation.method().equals("get")) {
                continue;
            }
            Response answer = Api.as(operation.credential()).get(content.fill(operation.path()));
            if (answer.statusCode() != 200) {
                errors.add(operation.name() + " answered " + answer.statusCode());
                continue;
            }
            var media = (Map<String, Map<String, Object>>)
                    operation.responses().get("200").get("content");
            if (operation.path().startsWith("/feeds/")) {
                // RSS, Atom and JSON Feed: parsed and checked against their specifications in FeedsTest.
                continue;
            }
            if (!media.containsKey("application/json")) {
                // Sitemaps: XML, checked against their schemas in SitemapTest.
                assertThat(media).containsOnlyKeys("application/xml");
                assertThat(answer.contentType()).startsWith("application/xml");
                continue;
            }
            Map<String, Object> schema =
                    (Map<String, Object>) media.get("application/json").get("schema");
            new Conformance(spec, errors).check(answer.jsonPath().get("$"), schema, operation.name());
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(errors).isEmpty();
    }

    /** One of everything, published, so every read has something to show. */
    private record Content(
            String article,
            long articleId,
            String person,
            String tag,
            long quote,
            long comment,
            long image,
            String preview,
            long webhook) {

        static Content made(ImageHost images) {
            long image = staff().body(Map.of("url", images.png(800, 450), "alt", "The first rails on Quay Street"))
                    .post("/api/v1/admin/images")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            String person = Api.createPerson("Inês Barros");
            staff().body(Map.of("name", "Inês Barros", "portraitImageId", image))
                    .put("/api/v1/admin/people/" + person)
                    .then()
                    .statusCode(200);
            String tag = Api.createTag();
            long articleId = Api.article()
                    .authors(person)
                    .tags(tag)
                    .with("dek", "Track-laying starts a month early.")
                    .with("featuredImageId", image)
                    .with(
                            "body",
                            "The first rails were laid on Monday.\n\n“We are ahead of the plan,” said Inês Barros,"
                                    + " deputy mayor for transport.")
                    .published();
            String article = staff().get("/api/v1/admin/articles/" + articleId)
                    .jsonPath()
                    .getString("slug");
            long quote = staff().get("/api/v1/admin/articles/" + articleId + "/quotes")
                    .jsonPath()
                    .getLong("items[0].id");
            staff().post("/api/v1/admin/quotes/" + quote + "/confirm").then().statusCode(200);
            long comment = Api.approvedComment(article, null);
            Api.approvedComment(article, comment);
            String preview = staff().body(java.util.Map.of())
                    .post("/api/v1/admin/articles/" + Api.article().draft() + "/previews")
                    .jsonPath()
                    .getString("token");
            // A partner's own subscription (the spec walk reads webhooks with the partner key); nothing listens there.
            long webhook = Api.as(Api.PARTNER_KEY)
                    .body(Map.of("url", "http://127.0.0.1:9/hook", "events", java.util.List.of("quote.removed")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("webhook.id");
            return new Content(article, articleId, person, tag, quote, comment, image, preview, webhook);
        }

        String fill(String path) {
            if (path.equals("/oembed")) {
                return path + "?url=https://news.example.com/articles/" + article;
            }
            if (path.startsWith("/api/v1/webhooks/")) {
                return Spec.fill(path, Long.toString(webhook));
            }
            if (path.startsWith("/api/v1/admin/images/")) {
                return Spec.fill(path, Long.toString(image));
            }
            if (path.startsWith("/api/v1/preview/")) {
                return Spec.fill(path, preview);
            }
            if (path.startsWith("/sitemaps/articles-")) {
                return Spec.fill(path, "1");
            }
            if (path.startsWith("/api/v1/policies/") || path.startsWith("/api/v1/admin/policies/")) {
                // The publisher default, seeded at start: policy 1, at version 1.
                return Spec.fill(path, "1");
            }
            if (path.startsWith("/api/v1/admin/partners/")) {
                // The demo partner is always there; a comment's id need not be a partner's.
                return Spec.fill(path, "harbour-wire");
            }
            if (path.startsWith("/feeds/tags/")) {
                return Spec.fill(path, tag);
            }
            if (path.startsWith("/feeds/authors/")) {
                return Spec.fill(path, person);
            }
            String id = path.startsWith("/api/v1/admin/articles/")
                    ? Long.toString(articleId)
                    : path.startsWith("/api/v1/articles/") || path.startsWith("/api/v1/partner/articles/")
                            ? article
                            : path.startsWith("/api/v1/people/") || path.startsWith("/api/v1/admin/people/")
                                    ? person
                                    : path.startsWith("/api/v1/tags/") || path.startsWith("/api/v1/admin/tags/")
                                            ? tag
                                            : path.contains("/quotes/") ? Long.toString(quote) : Long.toString(comment);
            return Spec.fill(path, id);
        }
    }

    /** Checks a JSON value against the parts of JSON Schema the spec uses. */
    private record Conformance(Spec spec, List<String> errors) {

        void check(Object value, Map<String, Object> declared, String where) {
            Map<String, Object> schema = spec.resolve(declared);
            var anyOf = (List<Map<String, Object>>) schema.get("anyOf");
            if (anyOf != null) {
                boolean matches = anyOf.stream().anyMatch(branch -> {
                    Conformance trial = new Conformance(spec, new ArrayList<>());
                    trial.check(value, branch, where);
                    return trial.errors().isEmpty();
                });
                if (!matches) {
                    errors.add(where + ": " + value + " matches none of " + anyOf);
                }
                return;
            }
            List<String> types = types(schema);
            if (value == null) {
                if (!types.isEmpty() && !types.contains("null")) {
                    errors.add(where + " is null, which its schema does not allow");
                }
                return;
            }
            if (value instanceof Map<?, ?> object) {
                var properties = (Map<String, Map<String, Object>>) schema.get("properties");
                var required = (List<String>) schema.get("required");
                if (required != null) {
                    required.stream()
                            .filter(name -> !object.containsKey(name))
                            .forEach(name -> errors.add(where + "." + name + " is required but missing"));
                }
                if (properties != null) {
                    object.forEach((name, member) -> {
                        if (!properties.containsKey(name)) {
                            errors.add(where + "." + name + " is not in the schema");
                        } else {
                            check(member, properties.get(name), where + "." + name);
                        }
                    });
                }
            } else if (value instanceof List<?> list) {
                var items = (Map<String, Object>) schema.get("items");
                for (int i = 0; i < list.size() && items != null; i++) {
                    check(list.get(i), items, where + "[" + i + "]");
                }
            } else if (!types.isEmpty() && !types.contains(jsonType(value))) {
                if (!(jsonType(value).equals("integer") && types.contains("number"))) {
                    errors.add(where + " is a " + jsonType(value) + ", not " + types);
                }
            }
        }

        private static List<String> types(Map<String, Object> schema) {
            Object type = schema.get("type");
            if (type instanceof List<?> list) {
                return (List<String>) list;
            }
            return type == null ? List.of() : List.of(type.toString());
        }

        private static String jsonType(Object value) {
            if (value instanceof String) {
                return "string";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            if (value instanceof Integer || value instanceof Long) {
                return "integer";
            }
            return "number";
        }
    }
}
