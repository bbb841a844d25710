package io.lede.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checked member paths as a tree: an empty subtree keeps the whole member. Applied to a serialised answer it keeps
 * only the named members, reaching through nested objects and each element of arrays.
 */
public record Selection(Map<String, Selection> members) {

    /** Adds a path; a member kept whole ("authors") stays whole when a narrower path ("authors.name") comes. */
    void add(String[] path) {
        Selection node = this;
        for (int i = 0; i < path.length; i++) {
            Selection existing = node.members.get(path[i]);
            if (existing != null && existing.members.isEmpty()) {
                return;
            }
            if (i == path.length - 1) {
                node.members.put(path[i], new Selection(new LinkedHashMap<>()));
                return;
            }
            node = node.members.computeIfAbsent(path[i], name -> new Selection(new LinkedHashMap<>()));
        }
    }

    /** Keeps the selected members of an object, or of every object in an array. */
    JsonNode apply(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::apply);
        } else if (node instanceof ObjectNode object) {
            object.retain(members.keySet());
            members.forEach((name, inner) -> {
                JsonNode value = object.get(name);
                if (value != null && !inner.members.isEmpty()) {
                    inner.apply(value);
                }
            });
        }
        return node;
    }
}
