package io.lede.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(
            int status, String code, String title, String detail, String instance, List<Problem.FieldError> errors) {
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Problem("urn:lede:problem:" + code, title, status, detail, instance, errors));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lede\"");
        }
        return response.build();
    }

    public static Response of(int status, String code, String title, String detail, String instance) {
        return of(status, code, title, detail, instance, null);
    }
}
