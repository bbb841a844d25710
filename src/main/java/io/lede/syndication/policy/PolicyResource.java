package io.lede.syndication.policy;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.security.Scope;
import io.lede.syndication.policy.PolicyRequests.PolicyInput;
import io.lede.syndication.policy.PolicyViews.PolicyList;
import io.lede.syndication.policy.PolicyViews.PolicyView;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: rights policies", description = "What partners may do with articles (scope partners:manage)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.PARTNERS_MANAGE)
public class PolicyResource {

    private final PolicyService policies;

    public PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPolicy",
            summary = "Create a rights policy",
            description = "Terms left out take the publisher default's. Assign it to articles or tags afterwards.")
    @APIResponse(
            responseCode = "201",
            description = "The policy, at version 1",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "A term is invalid or the credit template names an unknown field")
    public RestResponse<PolicyView> create(
            @NotNull(message = BODY_REQUIRED) @Valid PolicyInput requestBody, @Context UriInfo uri) {
        PolicyView created = policies.create(requestBody, uri.getBaseUri().toString());
        return RestResponse.ResponseBuilder.<PolicyView>created(URI.create("/api/v1/admin/policies/" + created.id()))
                .entity(created)
                .tag(Preconditions.versionTag(created.version()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listPolicies",
            summary = "List rights policies, each at its current version",
            description = "The publisher default is the one with `publisherDefault: true`.")
    @APIResponse(
            responseCode = "200",
            description = "Every policy",
            content = @Content(schema = @Schema(implementation = PolicyList.class)))
    public PolicyList list(@Context UriInfo uri) {
        return new PolicyList(policies.list(uri.getBaseUri().toString()));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readPolicy",
            summary = "Read a rights policy",
            description = "The ETag is the policy's version, such as `\"v2\"`; send it in `If-Match` to update.")
    @APIResponse(
            responseCode = "200",
            description = "The policy at its current version",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", description = "No policy has that id")
    public RestResponse<PolicyView> read(
            @Parameter(description = "The policy's id") @PathParam("id") long id, @Context UriInfo uri) {
        PolicyView policy = policies.find(id, null, uri.getBaseUri().toString())
                .orElseThrow(() -> Problems.notFound("policy", Long.toString(id)));
        return RestResponse.ResponseBuilder.ok(policy)
                .tag(Preconditions.versionTag(policy.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replacePolicy",
            summary = "Change a rights policy's terms",
            description = "Makes a new version; partner answers name it from then on, and the old version stays"
                    + " readable at its address. `If-Match` is optional and honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The policy at its new version",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "A term is invalid or the credit template names an unknown field")
    @APIResponse(responseCode = "404", description = "No policy has that id")
    @APIResponse(responseCode = "412", description = "The policy changed since the ETag in If-Match")
    public RestResponse<PolicyView> replace(
            @Parameter(description = "The policy's id") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version you edited") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid PolicyInput requestBody,
            @Context UriInfo uri) {
        PolicyView policy = policies.replace(
                id,
                requestBody,
                Preconditions.expectedVersion(ifMatch),
                uri.getBaseUri().toString());
        return RestResponse.ResponseBuilder.ok(policy)
                .tag(Preconditions.versionTag(policy.version()))
                .build();
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(
            operationId = "deletePolicy",
            summary = "Delete a rights policy no article or tag uses",
            description = "The publisher default cannot be deleted.")
    @APIResponse(responseCode = "204", description = "The policy is gone")
    @APIResponse(responseCode = "404", description = "No policy has that id")
    @APIResponse(responseCode = "409", description = "The policy is in use or is the publisher default")
    public void delete(@Parameter(description = "The policy's id") @PathParam("id") long id) {
        policies.delete(id);
    }
}
