package io.lede.preview;

import io.lede.article.ArticleViews.ArticleView;
import io.lede.web.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reads an unpublished article through a share link. Never through the front door: the answer is for whoever holds
 * the token, so no shared cache may keep it, and search engines must not index it.
 */
@Path("/api/v1/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class PreviewResource {

    static final String NOINDEX = "X-Robots-Tag";

    private final PreviewService previews;

    public PreviewResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(
            operationId = "readPreview",
            summary = "Read an unpublished article through a share link",
            description = "The article as the public article view will show it once published (a draft shows the"
                    + " time of the preview as its publication time). `Cache-Control: private, no-store` and"
                    + " `X-Robots-Tag: noindex`; never cached by Lede or a CDN.")
    @APIResponse(
            responseCode = "200",
            description = "The article as it would be published",
            content = @Content(schema = @Schema(implementation = ArticleView.class)),
            headers = {
                @Header(name = NOINDEX, description = "`noindex`", schema = @Schema(implementation = String.class)),
                @Header(
                        name = "Referrer-Policy",
                        description = "`no-referrer`: the token in the URL is not passed on",
                        schema = @Schema(implementation = String.class))
            })
    @APIResponse(responseCode = "404", description = "No live link has that token (unknown, expired or revoked)")
    public RestResponse<ArticleView> read(
            @Parameter(description = "The token from the share link") @PathParam("token") String token) {
        return previews.read(token)
                .map(article -> RestResponse.ResponseBuilder.ok(article)
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .header(NOINDEX, "noindex")
                        .header("Referrer-Policy", "no-referrer")
                        .build())
                .orElseThrow(() -> Problems.notFound("live preview link", "with that token"));
    }
}
