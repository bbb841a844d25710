package io.lede.security;

import io.lede.web.DatabaseAvailability;
import io.lede.web.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What Quarkus Security refuses, as problem+json: 401 with {@code WWW-Authenticate}, or 403 naming the scope. */
public class AuthenticationProblems {

    private final DatabaseAvailability database;

    public AuthenticationProblems(DatabaseAvailability database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, UriInfo uri, ResourceInfo resource) {
        String credential = requiredRoles(resource).contains(Roles.PARTNER) ? "a partner key" : "a staff token";
        return ProblemResponses.of(
                401,
                "unauthorized",
                "Unauthorized",
                "This operation needs " + credential + ": send 'Authorization: Bearer <"
                        + (credential.endsWith("key") ? "key" : "token") + ">'.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response rejected(AuthenticationFailedException e, UriInfo uri) {
        if (DatabaseAvailability.isUnavailable(e)) {
            database.failed(e);
            return database.problem(path(uri));
        }
        return ProblemResponses.of(
                401,
                "unauthorized",
                "Unauthorized",
                "The bearer token is not valid: it is unknown, revoked or expired, or its partner is suspended.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        List<String> roles = requiredRoles(resource);
        String detail = roles.contains(Roles.PARTNER)
                ? "This operation is for partners: call it with a partner key, not a staff token."
                : "This operation needs the scope '" + String.join("' or '", roles)
                        + "', which the credential does not carry.";
        return ProblemResponses.of(403, "forbidden", "Forbidden", detail, path(uri));
    }

    private static List<String> requiredRoles(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        RolesAllowed onMethod = method == null ? null : method.getAnnotation(RolesAllowed.class);
        RolesAllowed allowed = onMethod != null
                ? onMethod
                : resource.getResourceClass() == null
                        ? null
                        : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
