package io.lede.feed;

import io.lede.publishing.FrontDoor;
import io.lede.publishing.Variant;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** oEmbed 1.0 (https://oembed.com) for articles and quotations, through the front door like every public read. */
@Path("/oembed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class OEmbedResource {

    static final int MAX_SIZE = 10_000;
    static final int MAX_URL = 2048;

    private final OEmbeds embeds;
    private final FrontDoor door;

    public OEmbedResource(OEmbeds embeds, FrontDoor door) {
        this.embeds = embeds;
        this.door = door;
    }

    @GET
    @Operation(
            operationId = "readOEmbed",
            summary = "oEmbed of an article or a quotation",
            description = "For an article's canonical URL, the site's article URL, or Lede's own API URL of an article"
                    + " or quotation: a `rich` embed whose HTML is a blockquote of the excerpt the article's policy"
                    + " allows the public (or the quotation with its speaker), the credit and the link. Article and"
                    + " quotation answers name this with `Link: <…/oembed?url=…>; rel=\"alternate\";"
                    + " type=\"application/json+oembed\"`.")
    @APIResponse(
            responseCode = "200",
            description = "The embed",
            content = @Content(schema = @Schema(implementation = OEmbedView.class)))
    @APIResponse(responseCode = "304", description = "The embed has not changed since the ETag you sent")
    @APIResponse(
            responseCode = "400",
            description = "The url is missing or too long, or maxwidth or maxheight is invalid")
    @APIResponse(
            responseCode = "404",
            description = "Lede serves no embeddable article or quotation at that URL (or its policy keeps it back)")
    @APIResponse(responseCode = "501", description = "A format other than json")
    public Response read(
            @Parameter(description = "The URL of the article or quotation", required = true) @QueryParam("url")
                    String url,
            @Parameter(description = "Only json is written", schema = @Schema(enumeration = {"json"}))
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description = "The widest embed the consumer has room for, in CSS pixels",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000"))
                    @QueryParam("maxwidth")
                    String maxWidth,
            @Parameter(
                            description = "The tallest embed the consumer has room for, in CSS pixels",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000"))
                    @QueryParam("maxheight")
                    String maxHeight,
            @Context UriInfo uri) {
        if (format != null && !format.equals("json")) {
            throw new ProblemException(
                    501,
                    "not-implemented",
                    "Not Implemented",
                    "oEmbed answers are written in json only; leave out format or ask for format=json.");
        }
        if (url == null || url.isBlank()) {
            throw Problems.invalid("url", "is required: the URL of an article or a quotation");
        }
        if (url.length() > MAX_URL) {
            throw Problems.invalid("url", "must be at most " + MAX_URL + " characters");
        }
        OEmbeds.Ask ask = new OEmbeds.Ask(url, size("maxwidth", maxWidth), size("maxheight", maxHeight));
        String base = uri.getBaseUri().toString();
        return door.serve(
                Variant.PUBLIC_JSON,
                () -> embeds.embed(ask, base),
                () -> new ProblemException(
                        404,
                        "not-found",
                        "Not Found",
                        "Lede serves no embeddable article or quotation at '" + url + "'."));
    }

    private static Integer size(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid(name, "must be a whole number of pixels from 1 to " + MAX_SIZE);
    }
}
