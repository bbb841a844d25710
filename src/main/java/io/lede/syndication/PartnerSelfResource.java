package io.lede.syndication;

import io.lede.security.Roles;
import io.lede.syndication.PartnerViews.PartnerSelf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets a partner's developer check a key: whose it is, with which tier and formats. */
@Path("/api/v1/partner/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Syndication under the publisher's terms (a partner key)")
@SecurityRequirement(name = "partnerKey")
@RolesAllowed(Roles.PARTNER)
public class PartnerSelfResource {

    private final PartnerCallers callers;
    private final PartnerService partners;

    public PartnerSelfResource(PartnerCallers callers, PartnerService partners) {
        this.callers = callers;
        this.partners = partners;
    }

    @GET
    @Operation(
            operationId = "readPartnerSelf",
            summary = "Whose key this is",
            description = "The partner the calling key belongs to, its tier and the formats it may fetch: the first"
                    + " call to make with a new key.")
    @APIResponse(
            responseCode = "200",
            description = "The calling partner",
            content = @Content(schema = @Schema(implementation = PartnerSelf.class)))
    @APIResponse(responseCode = "401", description = "No partner key, or one that is revoked, expired or suspended")
    @APIResponse(responseCode = "403", description = "A staff token: this operation is for partners")
    public PartnerSelf read() {
        return partners.self(callers.current());
    }
}
