package io.lede.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The fast path: a public GET whose answer {@link FrontDoor} remembers and content has not outdated is answered
 * here, on the event loop, before the request reaches Quarkus REST, with the same bytes and headers the resource
 * would send (and the same 304). It runs after the request guards, CORS and the shutdown drain, and tags the
 * request's metrics with the resource's path template. Anything else goes on to the resource: another method, a
 * caller with credentials, an Accept header that might choose another media type, a condition that fails (412),
 * an answer not remembered or outdated.
 */
@ApplicationScoped
class RememberedReads {

    private final FrontDoor door;
    private final Counter served;

    RememberedReads(FrontDoor door, MeterRegistry metrics) {
        this.door = door;
        this.served = Counter.builder("lede.remembered.reads")
                .description("Public reads answered from memory before the resource")
                .register(metrics);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = request.headers();
        if (request.method() != HttpMethod.GET
                || headers.contains(HttpHeaders.AUTHORIZATION)
                || !acceptsJsonOnly(headers.get(HttpHeaders.ACCEPT))) {
            context.next();
            return;
        }
        FrontDoor.Cached cached = door.remembered(Variant.PUBLIC_JSON, request.absoluteURI());
        if (cached == null) {
            context.next();
            return;
        }
        ConditionalRead.Outcome outcome = ConditionalRead.evaluate(
                new ConditionalRead.Conditions(
                        headers.get(HttpHeaders.IF_MATCH),
                        headers.get("If-Unmodified-Since"),
                        headers.get(HttpHeaders.IF_NONE_MATCH),
                        headers.get(HttpHeaders.IF_MODIFIED_SINCE)),
                cached.etag(),
                cached.lastModified());
        if (outcome == ConditionalRead.Outcome.PRECONDITION_FAILED) {
            context.next();
            return;
        }
        served.increment();
        PathTemplates.set(context, cached.pathTemplate());
        MultiMap sent = context.response().headers();
        for (Map.Entry<String, String> header : cached.headers()) {
            sent.add(header.getKey(), header.getValue());
        }
        sent.add(HttpHeaders.VARY, "Origin");
        if (outcome == ConditionalRead.Outcome.NOT_MODIFIED) {
            context.response().setStatusCode(304).end();
        } else {
            sent.add(HttpHeaders.CONTENT_TYPE, "application/json");
            context.response().setStatusCode(200).end(Buffer.buffer(cached.body()));
        }
    }

    /**
     * Whether every media range the request accepts is one that public reads answer with JSON ({@code
     * application/json}, {@code application/*}, {@code * / *}, none refused with q=0), so the resource could not
     * have chosen another type. No Accept header counts as {@code * / *}.
     */
    static boolean acceptsJsonOnly(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        int start = 0;
        int length = accept.length();
        while (start < length) {
            int end = accept.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            String range = accept.substring(start, end);
            int parameters = range.indexOf(';');
            String type = (parameters < 0 ? range : range.substring(0, parameters)).strip();
            if (!(type.equalsIgnoreCase("application/json")
                            || type.equals("*/*")
                            || type.equalsIgnoreCase("application/*"))
                    || parameters >= 0 && refused(range.substring(parameters + 1))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean refused(String parameters) {
        for (String parameter : parameters.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(pair[1].strip()) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
