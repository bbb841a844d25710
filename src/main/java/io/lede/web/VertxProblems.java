package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes a problem+json answer from a Vert.x route, where no resource method (and no exception mapper) is involved. */
@ApplicationScoped
public class VertxProblems {

    private final ObjectMapper json;

    public VertxProblems(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, int status, String code, String title, String detail) {
        try {
            byte[] body = json.writeValueAsBytes(
                    new Problem("urn:lede:problem:" + code, title, status, detail, instance(context), null));
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader(HttpHeaders.VARY, "Origin")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** The path as the client sent it, up to the query; a path that cannot be decoded is not repeated back. */
    private static String instance(RoutingContext context) {
        String path = context.request().path();
        if (path == null || path.length() > 1024 || RequestGuards.targetProblem(path) != null) {
            return null;
        }
        try {
            return context.normalizedPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
