package io.lede.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers with problem+json where no resource method is involved: a path nothing serves, and a body larger than
 * the server accepts, whether its length is announced or it arrives in chunks.
 */
@ApplicationScoped
public class HttpFallbacks {

    private final VertxProblems problems;
    private final long maxBodyBytes;

    public HttpFallbacks(
            VertxProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBody);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route("/api/*")
                .order(Integer.MIN_VALUE + 1)
                .handler(context -> {
                    if (isChunked(context)) {
                        chunkedBodies.handle(context);
                    } else {
                        context.next();
                    }
                })
                .handler(context -> {
                    // An empty chunked body leaves no buffer, and the REST layer would wait for one forever.
                    if (isChunked(context) && context.body().buffer() == null) {
                        context.setBody(io.vertx.core.buffer.Buffer.buffer());
                    }
                    context.next();
                })
                .failureHandler(context -> {
                    if (context.statusCode() == 413) {
                        tooLarge(context);
                    } else {
                        context.next();
                    }
                });
        router.route().last().handler(this::notFound);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failedBeforeAnyResource);
        // A path the router cannot even match against (a '%' without two hex digits) fails outside every route.
        router.errorHandler(400, this::failedBeforeAnyResource);
    }

    /**
     * A request the router itself gave up on (a path it cannot decode, say) still gets problem+json; failures inside
     * resources never come here, the exception mappers answer them.
     */
    private void failedBeforeAnyResource(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        if (status >= 500) {
            context.next();
            return;
        }
        problems.send(
                context,
                status,
                status == 400 ? "bad-request" : "http-" + status,
                io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase(),
                status == 400
                        ? "The request could not be read: check the path's percent-encoding and the headers."
                        : "The request could not be processed.");
    }

    private void rejectOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
            problems.send(
                    context,
                    413,
                    "payload-too-large",
                    "Content Too Large",
                    "The request body has " + length + " bytes; this server accepts at most " + maxBodyBytes + ".");
            return;
        }
        context.next();
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** A chunked body has no length to check up front; the server stops reading it at the limit. */
    private void tooLarge(RoutingContext context) {
        problems.send(
                context,
                413,
                "payload-too-large",
                "Content Too Large",
                "The request body is larger than the " + maxBodyBytes + " bytes this server accepts.");
    }

    private void notFound(RoutingContext context) {
        problems.send(
                context, 404, "not-found", "Not Found", "There is no resource at " + context.normalizedPath() + ".");
    }
}
