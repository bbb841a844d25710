package io.lede.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Headers every API response needs, whichever resource made it. */
public class ResponseHeaders {

    @ServerResponseFilter
    public void addCachingRules(ContainerRequestContext request, ContainerResponseContext response) {
        // CORS answers differ by Origin; a shared cache must not hand one origin's answer to another.
        response.getHeaders().add(HttpHeaders.VARY, "Origin");
        // Public reads set their own; staff and partner responses are for one caller only, and nothing else is to
        // be kept.
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders()
                    .putSingle(
                            HttpHeaders.CACHE_CONTROL,
                            forOneCaller(request.getUriInfo().getPath()) ? "private, no-store" : "no-store");
        }
    }

    private static boolean forOneCaller(String path) {
        return path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/partner");
    }
}
