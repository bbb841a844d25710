package io.lede.syndication.policy;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.security.Scope;
import io.lede.syndication.policy.PolicyRequests.PolicyAssignment;
import io.lede.syndication.policy.PolicyViews.AppliedPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which policy a tag (section) gives its articles that have none of their own; see {@link ArticlePolicyResource}. */
@Path("/api/v1/admin/tags/{idOrSlug}/policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: rights policies")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.PARTNERS_MANAGE)
public class TagPolicyResource {

    private final PolicyService policies;

    public TagPolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Operation(
            operationId = "readTagPolicy",
            summary = "The policy a tag gives its articles",
            description = "Its own, else the publisher default; `source` says which.")
    @APIResponse(
            responseCode = "200",
            description = "The applied policy",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "404", description = "No tag has that id or slug")
    public AppliedPolicy tag(
            @Parameter(description = "The tag's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @Context UriInfo uri) {
        return policies.forTag(idOrSlug, base(uri));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "assignTagPolicy",
            summary = "Give a tag (section) a policy",
            description = "Its articles without a policy of their own take it.")
    @APIResponse(
            responseCode = "200",
            description = "The policy that now applies",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "400", description = "The policy id is missing")
    @APIResponse(responseCode = "404", description = "No tag, or no policy, has that id")
    public AppliedPolicy assignToTag(
            @Parameter(description = "The tag's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @NotNull(message = BODY_REQUIRED) @Valid PolicyAssignment requestBody,
            @Context UriInfo uri) {
        return policies.assignToTag(idOrSlug, requestBody.policyId(), base(uri));
    }

    @DELETE
    @Operation(
            operationId = "clearTagPolicy",
            summary = "Remove a tag's policy",
            description = "Its articles without a policy of their own fall back to the publisher default.")
    @APIResponse(
            responseCode = "200",
            description = "The policy that now applies",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "404", description = "No tag has that id or slug")
    public AppliedPolicy clearTag(
            @Parameter(description = "The tag's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @Context UriInfo uri) {
        return policies.clearTag(idOrSlug, base(uri));
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString();
    }
}
