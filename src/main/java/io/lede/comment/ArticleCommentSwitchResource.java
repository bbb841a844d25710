package io.lede.comment;

import io.lede.security.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/articles/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: comments")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.COMMENTS_MODERATE)
public class ArticleCommentSwitchResource {

    private final ModerationService moderation;

    public ArticleCommentSwitchResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @POST
    @Produces(MediaType.WILDCARD)
    @Path("/close")
    @Operation(
            operationId = "closeComments",
            summary = "Close an article's comments",
            description = "Existing comments stay; new posts get 409.")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<Void> close(@Parameter(description = "The article's id or slug") @PathParam("id") String id) {
        moderation.closeComments(id, true);
        return RestResponse.noContent();
    }

    @POST
    @Produces(MediaType.WILDCARD)
    @Path("/reopen")
    @Operation(
            operationId = "reopenComments",
            summary = "Reopen an article's comments",
            description = "New posts are accepted again, unless `lede.comments.close-after-days` has closed them.")
    @APIResponse(responseCode = "204", description = "Reopened")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<Void> reopen(@Parameter(description = "The article's id or slug") @PathParam("id") String id) {
        moderation.closeComments(id, false);
        return RestResponse.noContent();
    }
}
