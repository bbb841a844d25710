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

/**
 * Which policy an article takes: a sub-resource of its own rather than a field of the article, because it
 * belongs to syndication (scope partners:manage, not articles:write) and changing it must not move the article's
 * version or go through its validation. GET answers the policy that applies and where it comes from.
 */
@Path("/api/v1/admin/articles/{idOrSlug}/policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: rights policies")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.PARTNERS_MANAGE)
public class ArticlePolicyResource {

    private final PolicyService policies;

    public ArticlePolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Operation(
            operationId = "readArticlePolicy",
            summary = "The policy that applies to an article",
            description = "Its own, else its first tag's with one, else the publisher default; `source` says which.")
    @APIResponse(
            responseCode = "200",
            description = "The applied policy",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public AppliedPolicy article(
            @Parameter(description = "The article's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @Context UriInfo uri) {
        return policies.forArticle(idOrSlug, base(uri));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "assignArticlePolicy",
            summary = "Give an article a policy of its own",
            description = "It beats the policies of the article's tags and the publisher default.")
    @APIResponse(
            responseCode = "200",
            description = "The policy that now applies",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "400", description = "The policy id is missing")
    @APIResponse(responseCode = "404", description = "No article, or no policy, has that id")
    public AppliedPolicy assignToArticle(
            @Parameter(description = "The article's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @NotNull(message = BODY_REQUIRED) @Valid PolicyAssignment requestBody,
            @Context UriInfo uri) {
        return policies.assignToArticle(idOrSlug, requestBody.policyId(), base(uri));
    }

    @DELETE
    @Operation(
            operationId = "clearArticlePolicy",
            summary = "Remove an article's own policy",
            description = "The article falls back to its tags' policy or the publisher default.")
    @APIResponse(
            responseCode = "200",
            description = "The policy that now applies",
            content = @Content(schema = @Schema(implementation = AppliedPolicy.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public AppliedPolicy clearArticle(
            @Parameter(description = "The article's id or slug") @PathParam("idOrSlug") String idOrSlug,
            @Context UriInfo uri) {
        return policies.clearArticle(idOrSlug, base(uri));
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString();
    }
}
