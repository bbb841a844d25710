package io.lede.security;

import io.lede.web.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Lets a staff operation through only with a live bearer token that carries the operation's scope. */
public class BearerTokenFilter {

    private static final String BEARER = "Bearer ";

    private final TokenService tokens;
    private final StaffCaller caller;

    public BearerTokenFilter(TokenService tokens, StaffCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Optional<Response> requireScope(ContainerRequestContext request, ResourceInfo resource) {
        RequiresScope required = requiredScope(resource);
        if (required == null) {
            return Optional.empty();
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(ProblemResponses.of(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "This operation needs a staff token: send 'Authorization: Bearer <token>'.",
                    path));
        }
        Optional<ApiToken> token =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (token.isEmpty()) {
            return Optional.of(ProblemResponses.of(
                    401, "unauthorized", "Unauthorized", "The bearer token is not valid, or has been revoked.", path));
        }
        if (!token.get().scopeList().contains(required.value())) {
            return Optional.of(ProblemResponses.of(
                    403,
                    "forbidden",
                    "Forbidden",
                    "This operation needs the scope '" + required.value() + "', which the token does not carry.",
                    path));
        }
        caller.authenticate(token.get().name, token.get().scopeList());
        return Optional.empty();
    }

    private static RequiresScope requiredScope(ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return null;
        }
        RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresScope.class);
    }
}
