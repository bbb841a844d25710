package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers with problem+json where no resource method is involved: a path nothing serves, and a body announced
 * larger than the server accepts.
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
