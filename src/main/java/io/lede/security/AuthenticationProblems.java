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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What Quarkus Security refuses, as problem+json: 401 with {@code WWW-Authenticate}, or 403 naming the scope. */
public class AuthenticationProblems {

    private final DatabaseAvailability database;

    public AuthenticationProblems(DatabaseAvailability database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(
                401,
                "unauthorized",
                "Unauthorized",
                "This operation needs a staff token: send 'Authorization: Bearer <token>'.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response rejected(AuthenticationFailedException e, UriInfo uri) {
        if (DatabaseAvailability.isUnavailable(e)) {
            database.failed(e);
            return database.problem(path(uri));
        }
        return ProblemResponses.of(
                401, "unauthorized", "Unauthorized", "The bearer token is not valid, or has been revoked.", path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        return ProblemResponses.of(
                403,
                "forbidden",
                "Forbidden",
                "This operation needs the scope '" + requiredScope(resource) + "', which the token does not carry.",
                path(uri));
    }

    private static String requiredScope(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        RolesAllowed onMethod = method == null ? null : method.getAnnotation(RolesAllowed.class);
        RolesAllowed allowed =
                onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        return allowed == null ? "" : String.join("' or '", allowed.value());
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
