package io.lede.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves Lede as problem+json: no stack traces, no exception class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;
    private final DatabaseAvailability database;

    public ProblemMappers(AllowedMethods allowedMethods, DatabaseAvailability database) {
        this.allowedMethods = allowedMethods;
        this.database = database;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.status(), e.code(), e.title(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, UriInfo uri) {
        return Response.fromResponse(problem(e, uri))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        Response problem = ProblemResponses.of(429, "rate-limited", "Too Many Requests", e.getMessage(), path(uri));
        return Response.fromResponse(problem)
                .header("Retry-After", e.resetSeconds())
                .header("RateLimit", "limit=" + e.limit() + ", remaining=0, reset=" + e.resetSeconds())
                .header("RateLimit-Policy", e.limit() + ";w=" + e.windowSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ProblemResponses.of(
                404, "not-found", "Not Found", "There is no resource at " + path(uri) + ".", path(uri));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        String allowed = String.join(", ", allowedMethods.at(path(uri)));
        Response problem = ProblemResponses.of(
                405,
                "method-not-allowed",
                "Method Not Allowed",
                "This method is not allowed on " + path(uri) + "; allowed: " + allowed + ".",
                path(uri));
        return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(
                406,
                "not-acceptable",
                "Not Acceptable",
                "This resource is available as application/json only; check the Accept header.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(
                415,
                "unsupported-media-type",
                "Unsupported Media Type",
                "This operation does not accept that Content-Type; send application/json.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        String code = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        String detail = status.getStatusCode() == 413
                ? "The request body is larger than this server accepts."
                : "The request could not be processed: " + status.getReasonPhrase() + ".";
        return ProblemResponses.of(status.getStatusCode(), code, status.getReasonPhrase(), detail, path(uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return ProblemResponses.of(
                400,
                "malformed-json",
                "Malformed JSON",
                "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(),
                path(uri));
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = fieldPath(e);
        return validation(
                List.of(new Problem.FieldError(field, "is not a known field")),
                "The request body has a field this operation does not know: '" + field + "'.",
                uri);
    }

    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "The request body must be a JSON " + describe(e.getTargetType()) + ".",
                    path(uri));
        }
        String message = e instanceof JsonInput.Refused refused
                ? refused.rule()
                : e instanceof InvalidFormatException
                        ? "is not a valid " + describe(e.getTargetType())
                        : "must be " + article(describe(e.getTargetType()));
        return validation(List.of(new Problem.FieldError(field, message)), "The request has 1 invalid field.", uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String detail = field.isEmpty()
                ? "The request body could not be read as the expected JSON."
                : "The field '" + field + "' could not be read.";
        return ProblemResponses.of(400, "malformed-json", "Malformed JSON", detail, path(uri));
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return unrecognizedField(unrecognized, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongJsonType(mismatched, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return validation(errors, detail, uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (DatabaseAvailability.isUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return ProblemResponses.of(
                        409,
                        "conflict",
                        "Conflict",
                        "The change conflicts with existing data (a duplicate slug, or a record still in use).",
                        path(uri));
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(uri);
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseAvailability.isUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return ProblemResponses.of(
                500,
                "internal",
                "Internal Server Error",
                "Something went wrong on our side. Quote reference " + reference + " when reporting it.",
                path(uri));
    }

    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        database.failed(e);
        LOG.debugf(e, "The database could not be used for %s", path(uri));
        return database.problem(path(uri));
    }

    private static Response concurrentChange(UriInfo uri) {
        return ProblemResponses.of(
                409,
                "concurrent-modification",
                "Conflict",
                "Someone else changed this record at the same moment; read it again and retry.",
                path(uri));
    }

    private static Response validation(List<Problem.FieldError> errors, String detail, UriInfo uri) {
        return ProblemResponses.of(400, "validation", "Validation Failed", detail, path(uri), errors);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** Query and path parameters keep their name; fields of a body drop the method and parameter prefix. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<Path.Node> named = nodes.stream()
                .filter(n -> n.getKind() != ElementKind.METHOD
                        && n.getKind() != ElementKind.CONSTRUCTOR
                        && n.getKind() != ElementKind.CROSS_PARAMETER)
                .toList();
        if (named.size() > 1 && named.get(0).getKind() == ElementKind.PARAMETER) {
            named = named.subList(1, named.size());
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : named) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    private static final Map<Class<?>, String> TYPE_NAMES = Map.of(
            String.class, "string",
            Integer.class, "integer",
            int.class, "integer",
            Long.class, "integer",
            long.class, "integer",
            Boolean.class, "boolean",
            boolean.class, "boolean");

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (TYPE_NAMES.containsKey(type)) {
            return TYPE_NAMES.get(type);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 timestamp such as 2026-01-31T09:00:00Z";
        }
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase())
                            .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String article(String noun) {
        return (noun.matches("^[aeiouAEIOU].*") ? "an " : "a ") + noun;
    }
}
