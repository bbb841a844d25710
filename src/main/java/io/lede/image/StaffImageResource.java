package io.lede.image;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.image.ImageRequests.ImageInput;
import io.lede.image.ImageViews.StaffImageView;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Staff: images",
        description = "Image records for featured images, portraits and body images (scope articles:write)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffImageResource {

    static final String ID = "The image's id";
    private static final String CHECKED = "Lede fetches the URL and reads the real width, height and media type from"
            + " the image: it must be https on a public host, answer with a PNG, JPEG, GIF or WebP image within the"
            + " configured bytes (`lede.images.max-bytes`) and declare no more pixels than `lede.images.max-pixels`.";

    private final ImageService images;

    public StaffImageResource(ImageService images) {
        this.images = images;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createImage",
            summary = "Add an image from the newsroom's image host",
            description = CHECKED)
    @APIResponse(
            responseCode = "201",
            description = "The image, with its Location",
            content = @Content(schema = @Schema(implementation = StaffImageView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is invalid, or the URL is not https or points to a private or loopback address")
    @APIResponse(responseCode = "409", description = "Another image already has that URL")
    @APIResponse(
            responseCode = "422",
            description = "The URL does not answer with an image Lede takes: not an image, too many bytes or pixels,"
                    + " or unreachable")
    public RestResponse<StaffImageView> create(@NotNull(message = BODY_REQUIRED) @Valid ImageInput requestBody) {
        StaffImageView created = images.create(requestBody);
        return versioned(
                RestResponse.ResponseBuilder.created(URI.create("/api/v1/admin/images/" + created.id())), created);
    }

    @GET
    @Operation(
            operationId = "listImages",
            summary = "List images, most recently changed first",
            description = "Keyset-paginated: follow `nextCursor` or the `Link: rel=\"next\"` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of images",
            content = @Content(schema = @Schema(implementation = StaffImagePage.class)))
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    public Page<StaffImageView> list(@BeanParam PageRequest paging) {
        return images.list(paging.cursor(), paging.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readImage",
            summary = "Read an image",
            description = "The ETag is the image's version: send it back in `If-Match` when you edit.")
    @APIResponse(
            responseCode = "200",
            description = "The image, with its version as the ETag",
            content = @Content(schema = @Schema(implementation = StaffImageView.class)))
    @APIResponse(responseCode = "404", description = "No image has that id")
    public RestResponse<StaffImageView> read(@Parameter(description = ID) @PathParam("id") long id) {
        return images.find(id)
                .map(image -> versioned(RestResponse.ResponseBuilder.ok(), image))
                .orElseThrow(() -> Problems.notFound("image", Long.toString(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceImage",
            summary = "Replace an image's fields",
            description = "Every cached answer that shows the image is rebuilt. A new URL is checked like a new image;"
                    + " the URL of an image an article body shows cannot change (edit the body instead). "
                    + "`If-Match` is optional and honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The updated image",
            content = @Content(schema = @Schema(implementation = StaffImageView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "404", description = "No image has that id")
    @APIResponse(
            responseCode = "409",
            description = "The new URL belongs to another image, or an article body shows the image by its URL")
    @APIResponse(responseCode = "412", description = "The image changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "The new URL does not answer with an image Lede takes")
    public RestResponse<StaffImageView> replace(
            @Parameter(description = ID) @PathParam("id") long id,
            @Parameter(description = "The ETag of the version you edited") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid ImageInput requestBody) {
        return versioned(
                RestResponse.ResponseBuilder.ok(),
                images.update(id, requestBody, Preconditions.expectedVersion(ifMatch)));
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(
            operationId = "deleteImage",
            summary = "Delete an image record",
            description = "Only an image nothing shows: no article features it or shows it in its body, no person has"
                    + " it as portrait. The source on the image host is not touched.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No image has that id")
    @APIResponse(responseCode = "409", description = "An article or a person still shows the image")
    @APIResponse(responseCode = "412", description = "The image changed since the ETag in If-Match")
    public RestResponse<Void> delete(
            @Parameter(description = ID) @PathParam("id") long id,
            @Parameter(description = "Optional: delete only this version") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        images.delete(id, Preconditions.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }

    /** Names the page type in the spec; generic records have no schema name of their own. */
    @Schema(name = "StaffImagePage")
    public record StaffImagePage(
            List<StaffImageView> items,
            @Schema(nullable = true) String nextCursor) {}

    private static RestResponse<StaffImageView> versioned(
            RestResponse.ResponseBuilder<StaffImageView> response, StaffImageView image) {
        return response.entity(image)
                .tag(Preconditions.versionTag(image.version()))
                .build();
    }
}
