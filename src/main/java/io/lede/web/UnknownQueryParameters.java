package io.lede.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 400 for a query parameter the matched operation does not take, so that a typo ({@code ?limt=5}) or a
 * feature the API lacks ({@code ?fields=title}) is never silently ignored. Each operation's parameters are the
 * {@code @QueryParam}s its resource method declares, directly or in a {@code @BeanParam}.
 */
public class UnknownQueryParameters {

    /** Names echoed in one answer, so a request with thousands of made-up parameters gets a short problem. */
    private static final int MAX_NAMED = 10;

    private static final int MAX_NAME_LENGTH = 40;

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty() || resource.getResourceMethod() == null) {
            return;
        }
        Set<String> declared = known.computeIfAbsent(resource.getResourceMethod(), UnknownQueryParameters::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : query.keySet()) {
            if (!declared.contains(name) && errors.size() < MAX_NAMED) {
                errors.add(new Problem.FieldError(shorten(name), "is not a query parameter of this operation"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400, "unknown-query-parameter", "Unknown Query Parameter", detail(errors, declared), errors);
        }
    }

    private static String detail(List<Problem.FieldError> unknown, Set<String> declared) {
        String named = String.join(
                ", ", unknown.stream().map(error -> "'" + error.field() + "'").toList());
        String takes = declared.isEmpty()
                ? "This operation takes no query parameters."
                : "This operation takes " + String.join(", ", declared) + ".";
        return "The query names " + (unknown.size() == 1 ? "a parameter" : "parameters")
                + " this operation does not know: " + named + ". " + takes;
    }

    private static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof BeanParam) {
                    names.addAll(declaredBy(method.getParameterTypes()[i]));
                }
            }
        }
        return names;
    }

    private static Set<String> declaredBy(Class<?> bean) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH) + "…";
    }
}
