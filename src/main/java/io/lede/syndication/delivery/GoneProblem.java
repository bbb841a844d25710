package io.lede.syndication.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lede.syndication.delivery.PartnerReadViews.Tombstone;
import io.lede.web.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** RFC 9457 problem+json for a withdrawn article, with the tombstone as an extension member. */
public class GoneProblem {

    @Schema(name = "GoneProblem", description = "A problem detail for a withdrawn article, with its tombstone")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String title, int status, String detail, String instance, Tombstone tombstone) {}

    @ServerExceptionMapper
    public Response gone(ArticleWithdrawn e, UriInfo uri) {
        return Response.status(410)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .entity(new Body(
                        "urn:lede:problem:gone",
                        "Gone",
                        410,
                        e.getMessage() + " Remove it from your site; its credit no longer applies.",
                        "/" + uri.getPath().replaceAll("^/+", ""),
                        e.tombstone()))
                .build();
    }
}
