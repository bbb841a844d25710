package io.lede.publishing;

import io.lede.web.Problem;
import io.lede.web.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code fields} parameter of a public read: a sparse fieldset such as {@code slug,title,authors.name}. Each
 * name is checked against the view's record components (nested through records and lists), so an unknown name is a
 * 400 naming it whatever the data holds. The front door applies the selection to the serialised tree, to each item
 * of a list.
 */
public class FieldSelection {

    static final int MAX_FIELDS = 50;

    @QueryParam("fields")
    @Parameter(
            description = "Only these members, comma-separated; a dot reaches into a nested member or each element"
                    + " of a list (`authors.name`). On a list, applies to each item. Unknown names are a 400.",
            example = "slug,title,publishedAt,authors.name")
    String fields;

    /** The selection for a body of this view (the item view for a list); null when none was asked for. */
    public Selection of(Class<?> view) {
        if (fields == null) {
            return null;
        }
        Selection selection = new Selection(new LinkedHashMap<>());
        List<String> unknown = new ArrayList<>();
        int count = 0;
        for (String raw : fields.split(",", -1)) {
            String path = raw.strip();
            if (++count > MAX_FIELDS) {
                throw invalid(List.of(new Problem.FieldError("fields", "names more than " + MAX_FIELDS + " fields")));
            }
            if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                throw invalid(List.of(new Problem.FieldError(
                        "fields", "must be member names separated by commas, such as slug,title,authors.name")));
            }
            if (!known(view, path.split("\\."))) {
                unknown.add(path);
            } else {
                selection.add(path.split("\\."));
            }
        }
        if (!unknown.isEmpty()) {
            throw invalid(unknown.stream()
                    .limit(10)
                    .map(path -> new Problem.FieldError(
                            "fields",
                            "'" + (path.length() > 60 ? path.substring(0, 60) + "…" : path)
                                    + "' is not a member of this answer"))
                    .toList());
        }
        return selection;
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 && errors.get(0).message().startsWith("'")
                ? "The field selection names an unknown member: "
                        + errors.get(0).message() + "."
                : "The field selection is invalid.";
        return new ProblemException(400, "validation", "Validation Failed", detail, errors);
    }

    /** Whether the path names members of the type: records by component, lists by their element, maps by any key. */
    private static boolean known(Type type, String[] path) {
        Type current = type;
        for (String name : path) {
            Class<?> raw = rawOf(current);
            while (raw != null && Collection.class.isAssignableFrom(raw)) {
                current = argumentOf(current, 0);
                raw = rawOf(current);
            }
            if (raw != null && Map.class.isAssignableFrom(raw)) {
                return true;
            }
            if (raw == null || !raw.isRecord()) {
                return false;
            }
            RecordComponent match = null;
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    match = component;
                }
            }
            if (match == null) {
                return false;
            }
            current = match.getGenericType();
        }
        return true;
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argumentOf(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
