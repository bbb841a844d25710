package io.lede.publishing;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * The matched resource's path template ({@code /api/v1/articles/{slug}}) that Quarkus REST leaves in the request's
 * context for the HTTP server metrics, so that a request answered before the resource is tagged the same way.
 */
final class PathTemplates {

    private static final String KEY = "UrlPathTemplate";

    private PathTemplates() {}

    static String of(RoutingContext context) {
        return ((HttpServerRequestInternal) context.request()).context().getLocal(KEY);
    }

    static void set(RoutingContext context, String template) {
        if (template != null) {
            ((HttpServerRequestInternal) context.request()).context().putLocal(KEY, template);
        }
    }
}
