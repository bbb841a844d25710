package io.lede.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.web.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every body in the spec an example: a problem's is made from its status and description, and any other body
 * gets the example kept for its schema in {@code openapi-examples.json}.
 */
public class ExampleFilter implements OASFilter {

    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private final Map<String, Object> examples = load();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, operation)));
    }

    private void complete(String path, Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> exemplify(path, status, response));
        }
        if (operation.getRequestBody() != null) {
            exemplify(operation.getRequestBody().getContent(), null, path);
        }
    }

    private void exemplify(String path, String status, APIResponse response) {
        Map<String, Object> problem = problem(path, status, response.getDescription());
        if (problem != null && response.getContent() == null) {
            response.setContent(problemContent());
        }
        exemplify(response.getContent(), problem, path);
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA_PREFIX + "Problem")));
    }

    private void exemplify(Content content, Map<String, Object> problem, String path) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                return;
            }
            if (type.equals(Problem.MEDIA_TYPE) && problem != null) {
                media.setExample(problem);
            } else {
                Object example = examples.get(schemaName(media));
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static String schemaName(MediaType media) {
        if (media.getSchema() == null || media.getSchema().getRef() == null) {
            return null;
        }
        return media.getSchema().getRef().substring(SCHEMA_PREFIX.length());
    }

    private static Map<String, Object> problem(String path, String status, String description) {
        if (status == null || !status.matches("[45]\\d\\d")) {
            return null;
        }
        int code = Integer.parseInt(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        boolean noStory = code == 422 && path.endsWith("/import");
        problem.put("type", "urn:lede:problem:" + (noStory ? "no-story" : PROBLEM_CODES.getOrDefault(code, "error")));
        problem.put("title", noStory ? "Nothing to Import" : PROBLEM_TITLES.getOrDefault(code, "Error"));
        problem.put("status", code);
        problem.put("detail", description + ".");
        problem.put("instance", path.replace("{slug}", "example-slug").replace("{id}", "42"));
        if (code == 400) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", exampleField(path));
            error.put(
                    "message",
                    exampleField(path).equals("limit") ? "must be a whole number from 1 to 100" : "must not be blank");
            problem.put("errors", List.of(error));
        }
        return problem;
    }

    /** A field the operation at this path really validates, for its 400 example. */
    private static String exampleField(String path) {
        if (path.endsWith("/schedule")) {
            return "publishAt";
        }
        if (path.startsWith("/api/v1/admin/articles")) {
            return "title";
        }
        if (path.startsWith("/api/v1/admin/images")) {
            return "url";
        }
        return path.startsWith("/api/v1/admin") ? "name" : "limit";
    }

    private static final Map<Integer, String> PROBLEM_CODES = Map.ofEntries(
            Map.entry(400, "validation"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "precondition-failed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition-required"),
            Map.entry(429, "rate-limited"),
            Map.entry(503, "unavailable"));

    private static final Map<Integer, String> PROBLEM_TITLES = Map.ofEntries(
            Map.entry(400, "Validation Failed"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(503, "Service Unavailable"));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = ExampleFilter.class.getResourceAsStream("/openapi-examples.json")) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
