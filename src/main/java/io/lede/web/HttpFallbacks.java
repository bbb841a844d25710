package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public HttpFallbacks(
            ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
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
    }

    private void rejectOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
            send(
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
        send(
                context,
                413,
                "payload-too-large",
                "Content Too Large",
                "The request body is larger than the " + maxBodyBytes + " bytes this server accepts.");
    }

    private void notFound(RoutingContext context) {
        send(context, 404, "not-found", "Not Found", "There is no resource at " + context.normalizedPath() + ".");
    }

    private void send(RoutingContext context, int status, String code, String title, String detail) {
        try {
            byte[] body = json.writeValueAsBytes(
                    new Problem("urn:lede:problem:" + code, title, status, detail, context.normalizedPath(), null));
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
