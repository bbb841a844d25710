package io.lede.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.web.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
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
 * Completes the generated spec so resources declare only what is particular to them: every 4xx answer is a Problem
 * (with an example made from its status and description), bodies get the example kept for their schema in
 * {@code openapi-examples.json}, and protected operations get their 401 and 403 answers. It runs once, at build
 * time: the running server serves the finished document and does not repeat the work at each start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
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
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            addProblem(operation, "401", "The bearer token is missing, invalid or revoked");
            addProblem(operation, "403", "The token lacks the scope this operation needs");
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> exemplify(path, status, response));
        }
        if (operation.getRequestBody() != null) {
            exemplify(operation.getRequestBody().getContent(), null, path);
        }
    }

    private void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            status,
                            OASFactory.createAPIResponse()
                                    .description(description)
                                    .content(problemContent()));
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
        problem.put("type", "urn:lede:problem:" + PROBLEM_CODES.getOrDefault(code, "error"));
        problem.put("title", PROBLEM_TITLES.getOrDefault(code, "Error"));
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
        return path.startsWith("/api/v1/admin") ? "name" : "limit";
    }

    private static final Map<Integer, String> PROBLEM_CODES = Map.of(
            400, "validation",
            401, "unauthorized",
            403, "forbidden",
            404, "not-found",
            409, "conflict",
            412, "precondition-failed",
            413, "payload-too-large",
            422, "no-story",
            428, "precondition-required");

    private static final Map<Integer, String> PROBLEM_TITLES = Map.of(
            400, "Validation Failed",
            401, "Unauthorized",
            403, "Forbidden",
            404, "Not Found",
            409, "Conflict",
            412, "Precondition Failed",
            413, "Content Too Large",
            422, "Nothing to Import",
            428, "Precondition Required");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = ExampleFilter.class.getResourceAsStream("/openapi-examples.json")) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
