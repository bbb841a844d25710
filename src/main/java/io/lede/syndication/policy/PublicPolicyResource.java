package io.lede.syndication.policy;

import io.lede.article.SiteConfig;
import io.lede.publishing.Audience;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.publishing.Variant;
import io.lede.syndication.policy.PolicyViews.PolicyView;
import io.lede.web.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A policy as anyone may read it: the terms partner answers link to with {@code rel="license"}. */
@Path("/api/v1/policies/{id}")
@Produces({MediaType.APPLICATION_JSON, OdrlPolicy.MEDIA_TYPE})
@Tag(name = "Rights policies", description = "The terms partners' answers are built under, in JSON and ODRL")
public class PublicPolicyResource {

    private static final MediaType LD_JSON = MediaType.valueOf(OdrlPolicy.MEDIA_TYPE);
    private static final Variant ODRL = new Variant(Audience.ANYONE, LD_JSON);

    private final PolicyService policies;
    private final FrontDoor door;
    private final SiteConfig site;

    public PublicPolicyResource(PolicyService policies, FrontDoor door, SiteConfig site) {
        this.policies = policies;
        this.door = door;
        this.site = site;
    }

    @GET
    @Operation(
            operationId = "readPublicPolicy",
            summary = "Read a rights policy's current terms",
            description = "JSON by default; `Accept: application/ld+json` answers ODRL 2.2 with the RightsML profile.")
    @APIResponse(
            responseCode = "200",
            description = "The policy",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)),
                @Content(mediaType = OdrlPolicy.MEDIA_TYPE, schema = @Schema(implementation = OdrlDocument.class))
            })
    @APIResponse(responseCode = "304", description = "The policy has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No policy has that id")
    public Response current(
            @Parameter(description = "The policy's id") @PathParam("id") long id,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return serve(id, null, headers, uri);
    }

    @GET
    @Path("/versions/{version}")
    @Operation(
            operationId = "readPublicPolicyVersion",
            summary = "Read one version of a rights policy",
            description = "The permanent address partner answers name; its terms never change.")
    @APIResponse(
            responseCode = "200",
            description = "The policy at that version",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)),
                @Content(mediaType = OdrlPolicy.MEDIA_TYPE, schema = @Schema(implementation = OdrlDocument.class))
            })
    @APIResponse(responseCode = "304", description = "The policy has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No policy has that id or version")
    public Response version(
            @Parameter(description = "The policy's id") @PathParam("id") long id,
            @Parameter(description = "The version") @PathParam("version") int version,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return serve(id, version, headers, uri);
    }

    private Response serve(long id, Integer version, HttpHeaders headers, UriInfo uri) {
        boolean odrl = wantsOdrl(headers);
        String base = uri.getBaseUri().toString();
        return door.serve(
                odrl ? ODRL : Variant.PUBLIC_JSON,
                () -> policies.find(id, version, base).map(policy -> Representation.of(
                                odrl ? OdrlPolicy.of(policy, site.siteUrl(), site.publisher()) : policy,
                                policy.updatedAt(),
                                new SurrogateKey("policy-" + id))
                        .withHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)),
                () -> Problems.notFound("policy", version == null ? Long.toString(id) : id + " version " + version));
    }

    /** JSON-LD when the client prefers it to plain JSON; anything else gets JSON. */
    private static boolean wantsOdrl(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(LD_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** Names the ODRL document in the spec. */
    @Schema(name = "OdrlPolicy", description = "An ODRL 2.2 Offer (RightsML profile) as JSON-LD")
    public record OdrlDocument(
            @Schema(name = "@context") Object context,
            @Schema(name = "@type", example = "Offer") String type,
            String uid,
            String profile,
            Map<String, Object> assigner,
            Object permission,
            Object prohibition) {}
}
