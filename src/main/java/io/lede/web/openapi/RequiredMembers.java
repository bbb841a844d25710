package io.lede.web.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every member of a response body required. Lede writes every member of its response records, null ones
 * included, so a client can rely on each key being there; nullable members say so with their type. A schema that
 * lists its own required members keeps them (a problem omits its empty members), and a schema that is also a
 * request body keeps what its validation says.
 */
public class RequiredMembers implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> answers = new ArrayList<>();
        List<Schema> requests = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        requests.addAll(schemasOf(operation.getRequestBody().getContent()));
                    }
                    operation
                            .getResponses()
                            .getAPIResponses()
                            .values()
                            .forEach(response -> answers.addAll(schemasOf(response.getContent())));
                }));
        Set<String> requestSchemas = reachable(requests, schemas);
        for (String name : reachable(answers, schemas)) {
            Schema schema = schemas.get(name);
            boolean listsItsOwn =
                    schema.getRequired() != null && !schema.getRequired().isEmpty();
            if (!requestSchemas.contains(name) && !listsItsOwn && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static List<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(media -> media.getSchema())
                .filter(schema -> schema != null)
                .toList();
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed :
                    List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
                pending.addAll(composed);
            }
        }
        return names;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
