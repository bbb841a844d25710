package io.lede.web.openapi;

import io.lede.web.Problem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes into the spec what Lede's shared HTTP layer does for every operation, so resources declare only what is
 * particular to them. The rules follow from facts the generated document already holds:
 *
 * <ul>
 *   <li>an operation that declares 304 is a conditional public read: it takes {@code If-None-Match} and
 *       {@code If-Modified-Since}, and its 200 and 304 carry {@code ETag}, {@code Last-Modified} and
 *       {@code Surrogate-Key} (a page also {@code Link});
 *   <li>a body with a {@code version} member is a versioned record, sent with its version as the {@code ETag};
 *   <li>every success carries {@code Cache-Control}; a 201 carries {@code Location};
 *   <li>every operation can answer 400 (an unknown query parameter, {@code UnknownQueryParameters}) and, unless
 *       marked {@link OpenApiHints#NO_DATABASE}, 503 with {@code Retry-After};
 *   <li>a protected operation answers 401 and 403; one that answers a body answers 406 to an Accept that rules
 *       JSON out; one that takes a body answers 413 and 415; one with a path parameter answers 404;
 *   <li>a write (any method but GET) can conflict with another (409) unless marked
 *       {@link OpenApiHints#CHANGES_NOTHING}; {@code If-Match} brings 412, and 428 where it is required;
 *       {@code Idempotency-Key} brings 422 (the key was used for another request) and 409 (still in flight);
 *   <li>an operation a partner key calls (security scheme {@code partnerKey}) spends the key's quota: it answers
 *       429, and every answer to a key (all but 401, 403 and 406, refused before the key is counted) carries {@code RateLimit} and {@code RateLimit-Policy};
 *   <li>429 carries {@code Retry-After}, {@code RateLimit} and {@code RateLimit-Policy}; 401 carries
 *       {@code WWW-Authenticate}.
 * </ul>
 */
public class HttpContract implements OASFilter {

    private static final String HEADERS = "#/components/headers/";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PARTNER_KEY = "partnerKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        declareHeadersAndParameters(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation, components)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        if (operation.getSecurity() != null && operation.getSecurity().size() > 1) {
            // An operation open to staff and partners declares both schemes; the generator then adds a third
            // requirement listing its roles as bearer scopes, which names no scheme's scopes: drop such repeats.
            Set<String> seen = new java.util.HashSet<>();
            operation.setSecurity(new java.util.ArrayList<>(operation.getSecurity().stream()
                    .filter(requirement ->
                            requirement.getSchemes().keySet().stream().allMatch(seen::add))
                    .toList()));
        }
        Set<String> hints = takeHints(operation);
        boolean noDatabase = hints.contains(OpenApiHints.NO_DATABASE);
        boolean changesNothing = hints.contains(OpenApiHints.CHANGES_NOTHING);
        boolean conditional = operation.getResponses().getAPIResponse("304") != null;
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();

        if (conditional) {
            operation.addParameter(ref("IfNoneMatch")).addParameter(ref("IfModifiedSince"));
        }
        addOrExtend(
                operation,
                "400",
                "The request is malformed, or its query names a parameter this operation does not take",
                "; or the query names a parameter this operation does not take");
        if (secured) {
            add(operation, "401", "The bearer token is missing, invalid or revoked");
            add(operation, "403", "The token lacks the scope this operation needs");
        }
        boolean quota = operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(PARTNER_KEY));
        if (quota) {
            add(operation, "429", "The key's quota or burst is spent; retry after Retry-After seconds");
        }
        if (hasPathParameter(operation)) {
            add(operation, "404", "Nothing has that " + pathParameterName(operation));
        }
        if (answersABody(operation)) {
            add(operation, "406", "The Accept header rules out application/json");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "413", "The request body is larger than this server accepts (2 MB by default)");
            add(operation, "415", "The Content-Type is not one this operation takes");
        }
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch != null) {
            add(operation, "412", "The record changed since the ETag in If-Match");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                add(operation, "428", "If-Match is missing");
            }
        }
        if (header(operation, "Idempotency-Key") != null) {
            add(operation, "422", "The Idempotency-Key was used before for a different request");
            addOrExtend(
                    operation,
                    "409",
                    "A request with the same Idempotency-Key is still being answered",
                    "; or a request with the same Idempotency-Key is still being answered");
        }
        if (method != PathItem.HttpMethod.GET && !changesNothing) {
            add(operation, "409", "The change conflicts with another made at the same moment; read again and retry");
        }
        if (!noDatabase) {
            add(operation, "503", "The database is unreachable for now; retry after Retry-After seconds");
        }

        operation
                .getResponses()
                .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            boolean success = status.startsWith("2") || status.equals("304");
            if (success) {
                addHeader(response, "Cache-Control", "CacheControl");
            }
            if (conditional && (status.equals("200") || status.equals("304"))) {
                addHeader(response, "ETag", "ETag");
                addHeader(response, "Last-Modified", "LastModified");
                addHeader(response, "Surrogate-Key", "SurrogateKey");
                if (isPage(operation.getResponses().getAPIResponse("200"), components)) {
                    addHeader(response, "Link", "Link");
                }
            } else if (status.startsWith("2") && isVersioned(response, components)) {
                addHeader(response, "ETag", "VersionTag");
            }
            if (quota && !status.equals("401") && !status.equals("403") && !status.equals("406")) {
                addHeader(response, "RateLimit", "RateLimit");
                addHeader(response, "RateLimit-Policy", "RateLimitPolicy");
            }
            switch (status) {
                case "201" -> addHeader(response, "Location", "Location");
                case "401" -> addHeader(response, "WWW-Authenticate", "WWWAuthenticate");
                case "429" -> {
                    addHeader(response, "Retry-After", "RetryAfter");
                    addHeader(response, "RateLimit", "RateLimit");
                    addHeader(response, "RateLimit-Policy", "RateLimitPolicy");
                }
                case "503" -> addHeader(response, "Retry-After", "RetryAfter");
                default -> {}
            }
        });
    }

    private static void declareHeadersAndParameters(Components components) {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(
                "ETag",
                header("A strong validator of this exact body; send it back in If-None-Match", "\"kZ3c0Xb1YwR8\""));
        headers.put(
                "VersionTag",
                header("The record's version, such as \"v3\"; send it back in If-Match when you change it", "\"v3\""));
        headers.put(
                "LastModified",
                header("When the content in this answer last changed", "Thu, 12 Nov 2026 12:40:00 GMT"));
        headers.put(
                "CacheControl",
                header(
                        "Public reads: public, with max-age, s-maxage and stale-while-revalidate; everything"
                                + " else: private or no-store",
                        "public, max-age=60, s-maxage=300, stale-while-revalidate=600"));
        headers.put(
                "SurrogateKey",
                header(
                        "Space-separated keys naming what this answer shows, for a CDN to purge by",
                        "articles article-12 article-9"));
        headers.put(
                "Link",
                header(
                        "The next page, when there is one (RFC 8288)",
                        "</api/v1/articles?cursor=eyJ0Ijoi>; rel=\"next\""));
        headers.put("Location", header("Where the new resource is", "/api/v1/admin/articles/42"));
        headers.put(
                "RetryAfter",
                header("Seconds to wait before trying again", "30")
                        .schema(integerSchema())
                        .example(30));
        headers.put(
                "RateLimit",
                header(
                        "The limit, what is left of it and seconds until it resets (IETF RateLimit header fields);"
                                + " of several limits, the one with the fewest requests left",
                        "limit=50, remaining=49, reset=1"));
        headers.put(
                "RateLimitPolicy",
                header(
                        "Each limit and its window in seconds (for a partner key: its quota per window, then its"
                                + " burst per second)",
                        "10000;w=3600, 50;w=1"));
        headers.put("WWWAuthenticate", header("The scheme to authenticate with", "Bearer realm=\"lede\""));
        headers.forEach((name, header) -> {
            if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
                components.addHeader(name, header);
            }
        });
        components.addParameter(
                "IfNoneMatch",
                OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("The ETag you have; the answer is 304 with no body while it still holds")
                        .schema(stringSchema()));
        components.addParameter(
                "IfModifiedSince",
                OASFactory.createParameter()
                        .name("If-Modified-Since")
                        .in(Parameter.In.HEADER)
                        .description("The Last-Modified you have; the answer is 304 with no body when nothing changed"
                                + " since (If-None-Match wins when both are sent)")
                        .schema(stringSchema()));
    }

    /**
     * The hints set on the operation, which leave the spec here. The scanner hangs a method's extensions on the
     * operation or, when the method declares answers, on its answers.
     */
    private static Set<String> takeHints(Operation operation) {
        Set<String> hints = new HashSet<>();
        for (Extensible<?> holder : List.<Extensible<?>>of(operation, operation.getResponses())) {
            if (holder.getExtensions() == null) {
                continue;
            }
            for (String name : List.copyOf(holder.getExtensions().keySet())) {
                if (name.startsWith(OpenApiHints.PREFIX)) {
                    if ("true".equals(String.valueOf(holder.getExtensions().get(name)))) {
                        hints.add(name);
                    }
                    holder.removeExtension(name);
                }
            }
            if (holder.getExtensions() != null && holder.getExtensions().isEmpty()) {
                holder.setExtensions(null);
            }
        }
        return hints;
    }

    private static void add(Operation operation, String status, String description) {
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

    /** Adds the answer, or widens the description of the one the resource declared. */
    private static void addOrExtend(Operation operation, String status, String description, String extension) {
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared == null) {
            add(operation, status, description);
        } else if (!declared.getDescription().endsWith(extension)) {
            declared.setDescription(declared.getDescription() + extension);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")));
    }

    private static void addHeader(APIResponse response, String name, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + component));
        }
    }

    private static Parameter ref(String component) {
        return OASFactory.createParameter().ref(PARAMETERS + component);
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private static boolean hasPathParameter(Operation operation) {
        return pathParameterName(operation) != null;
    }

    private static String pathParameterName(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.PATH)
                .map(Parameter::getName)
                .findFirst()
                .orElse(null);
    }

    private static boolean answersABody(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
    }

    private static boolean isPage(APIResponse ok, Components components) {
        Schema schema = bodySchema(ok, components);
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("nextCursor");
    }

    private static boolean isVersioned(APIResponse response, Components components) {
        Schema schema = bodySchema(response, components);
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("version");
    }

    private static Schema bodySchema(APIResponse response, Components components) {
        if (response == null
                || response.getContent() == null
                || response.getContent().getMediaTypes() == null) {
            return null;
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema())
                .filter(schema -> schema != null && schema.getRef() != null)
                .map(schema -> components.getSchemas().get(schema.getRef().substring(SCHEMAS.length())))
                .filter(schema -> schema != null)
                .findFirst()
                .orElse(null);
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(stringSchema())
                .example(example);
    }

    private static Schema stringSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integerSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
    }
}
