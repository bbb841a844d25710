package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last part of a graceful shutdown. On SIGTERM readiness goes down and requests are still served for
 * {@code quarkus.shutdown.delay}, while load balancers notice; then the server waits up to
 * {@code quarkus.shutdown.timeout} for the requests in flight. From that moment a new API request is refused at
 * once with 503 and {@code Connection: close}, before it does anything, so the requests in flight can drain even
 * under a steady load, and every request that did work is answered.
 */
@ApplicationScoped
public class ShutdownDrain {

    private final ObjectMapper json;
    private final Duration delay;
    private volatile boolean shuttingDown;
    private volatile long drainFromNanos;

    public ShutdownDrain(
            ObjectMapper json, @ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0S") Duration delay) {
        this.json = json;
        this.delay = delay;
    }

    void shutdownBegins(@Observes ShutdownDelayInitiatedEvent event) {
        drainFromNanos = System.nanoTime() + delay.toNanos();
        shuttingDown = true;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseWhileDraining);
    }

    private void refuseWhileDraining(RoutingContext context) {
        boolean draining = shuttingDown && System.nanoTime() - drainFromNanos >= 0;
        if (!draining || context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        try {
            byte[] body = json.writeValueAsBytes(new Problem(
                    "urn:lede:problem:shutting-down",
                    "Service Unavailable",
                    503,
                    "This instance is shutting down and did not carry out the request; retry it, another instance"
                            + " will answer.",
                    context.normalizedPath(),
                    null));
            context.response()
                    .setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("Retry-After", "1")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
