package io.lede.preview;

import io.lede.preview.PreviewViews.IssuedPreviewLink;
import io.lede.preview.PreviewViews.NewPreviewLink;
import io.lede.preview.PreviewViews.PreviewLinkList;
import io.lede.preview.PreviewViews.PreviewLinkView;
import io.lede.security.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/articles/{id}/previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: previews", description = "Share links to unpublished articles (scope articles:write)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffPreviewResource {

    private static final String ID = "The article's id or slug";

    private final PreviewService previews;

    public StaffPreviewResource(PreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPreviewLink",
            summary = "Create a share link to a draft, scheduled or unpublished article",
            description = "The token is in this response only; Lede keeps a hash. Anyone with it reads the article"
                    + " at `GET /api/v1/preview/{token}` as it would be published, until the link expires or is"
                    + " revoked. A link keeps working after the article is published.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewPreviewLink.class)))
    @APIResponse(
            responseCode = "201",
            description = "The link and its token, with its Location",
            content = @Content(schema = @Schema(implementation = IssuedPreviewLink.class)))
    @APIResponse(responseCode = "400", description = "The expiry is in the past or too far ahead")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    @APIResponse(responseCode = "409", description = "The article is published: share its public URL")
    public RestResponse<IssuedPreviewLink> create(
            @Parameter(description = ID) @PathParam("id") String id, @Valid NewPreviewLink requestBody) {
        IssuedPreviewLink issued = previews.issue(id, requestBody);
        return RestResponse.ResponseBuilder.<IssuedPreviewLink>created(
                        URI.create("/api/v1/admin/articles/" + issued.articleId() + "/previews/" + issued.id()))
                .entity(issued)
                .build();
    }

    @GET
    @Operation(
            operationId = "listPreviewLinks",
            summary = "List an article's share links, newest first, without their tokens",
            description = "Active, expired and revoked links, at most the latest 100.")
    @APIResponse(
            responseCode = "200",
            description = "The article's links",
            content = @Content(schema = @Schema(implementation = PreviewLinkList.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public PreviewLinkList list(@Parameter(description = ID) @PathParam("id") String id) {
        return new PreviewLinkList(previews.list(id));
    }

    @DELETE
    @Path("/{previewId}")
    @Operation(
            operationId = "revokePreviewLink",
            summary = "Revoke a share link",
            description = "It stops working at once; the record stays.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked link",
            content = @Content(schema = @Schema(implementation = PreviewLinkView.class)))
    @APIResponse(responseCode = "404", description = "The article has no link with that id")
    public PreviewLinkView revoke(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The link's id") @PathParam("previewId") long previewId) {
        return previews.revoke(id, previewId);
    }
}
