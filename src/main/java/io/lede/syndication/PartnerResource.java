package io.lede.syndication;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.security.Scope;
import io.lede.syndication.PartnerViews.IssuedPartnerKey;
import io.lede.syndication.PartnerViews.KeyRotation;
import io.lede.syndication.PartnerViews.NewPartner;
import io.lede.syndication.PartnerViews.NewPartnerKey;
import io.lede.syndication.PartnerViews.PartnerKeyList;
import io.lede.syndication.PartnerViews.PartnerKeyView;
import io.lede.syndication.PartnerViews.PartnerList;
import io.lede.syndication.PartnerViews.PartnerPatch;
import io.lede.syndication.PartnerViews.PartnerView;
import io.lede.syndication.UsageService.Period;
import io.lede.syndication.UsageViews.UsageReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff keep partners and issue, rotate and revoke their keys. */
@Path("/api/v1/admin/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: partners", description = "Syndication partners and their keys (scope partners:manage)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.PARTNERS_MANAGE)
public class PartnerResource {

    private static final String ID = "The partner's numeric id or slug";

    private final PartnerService partners;
    private final UsageLedger ledger;
    private final UsageService usage;

    public PartnerResource(PartnerService partners, UsageLedger ledger, UsageService usage) {
        this.partners = partners;
        this.ledger = ledger;
        this.usage = usage;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartner", summary = "Add a partner", description = "It has no key yet: issue one.")
    @APIResponse(
            responseCode = "201",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    public RestResponse<PartnerView> create(@NotNull(message = BODY_REQUIRED) @Valid NewPartner requestBody) {
        PartnerView partner = partners.create(requestBody);
        return RestResponse.ResponseBuilder.<PartnerView>created(URI.create("/api/v1/admin/partners/" + partner.id()))
                .entity(partner)
                .build();
    }

    @GET
    @Operation(
            operationId = "listPartners",
            summary = "List partners, suspended ones included",
            description = "Every partner with its tier, formats and status, oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "Every partner",
            content = @Content(schema = @Schema(implementation = PartnerList.class)))
    public PartnerList list() {
        return new PartnerList(partners.list());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readPartner",
            summary = "Read a partner",
            description = "Its name, contact, tier, formats and status; its keys are at /keys.")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public PartnerView read(@Parameter(description = ID) @PathParam("id") String id) {
        return partners.read(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updatePartner",
            summary = "Change a partner's name, contact, tier or formats",
            description = "Members left out, or null, stay as they are. A new tier or new formats apply to the"
                    + " partner's next request, on every instance within a second.")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "A member is invalid")
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public PartnerView update(
            @Parameter(description = ID) @PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid PartnerPatch requestBody) {
        return partners.update(id, requestBody);
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(
            operationId = "suspendPartner",
            summary = "Suspend a partner",
            description = "Its keys stop working (401) until it is reactivated; they are not revoked.")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public PartnerView suspend(@Parameter(description = ID) @PathParam("id") String id) {
        return partners.setStatus(id, PartnerStatus.suspended);
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(
            operationId = "reactivatePartner",
            summary = "Reactivate a suspended partner",
            description = "Its keys that are neither revoked nor expired work again.")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public PartnerView reactivate(@Parameter(description = ID) @PathParam("id") String id) {
        return partners.setStatus(id, PartnerStatus.active);
    }

    @POST
    @Path("/{id}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "issuePartnerKey",
            summary = "Issue a key to a partner",
            description = "The secret is in this response only; Lede keeps a hash.")
    @APIResponse(
            responseCode = "201",
            description = "The key and its secret",
            content = @Content(schema = @Schema(implementation = IssuedPartnerKey.class)))
    @APIResponse(responseCode = "400", description = "The name is missing")
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public RestResponse<IssuedPartnerKey> issueKey(
            @Parameter(description = ID) @PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid NewPartnerKey requestBody) {
        IssuedPartnerKey key = partners.issueKey(id, requestBody);
        return RestResponse.ResponseBuilder.<IssuedPartnerKey>created(
                        URI.create("/api/v1/admin/partners/" + key.partnerId() + "/keys/" + key.id()))
                .entity(key)
                .build();
    }

    @GET
    @Path("/{id}/keys")
    @Operation(
            operationId = "listPartnerKeys",
            summary = "List a partner's keys, without their secrets",
            description = "Revoked and rotated keys included, with their prefix, last use and expiry.")
    @APIResponse(
            responseCode = "200",
            description = "The partner's keys",
            content = @Content(schema = @Schema(implementation = PartnerKeyList.class)))
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public PartnerKeyList listKeys(@Parameter(description = ID) @PathParam("id") String id) {
        return new PartnerKeyList(partners.listKeys(id));
    }

    @POST
    @Path("/{id}/keys/{keyId}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rotatePartnerKey",
            summary = "Replace a key with a new one",
            description = "The new key's secret is in this response only. The old key keeps working for"
                    + " `overlapSeconds` (by default a day) so the partner can switch without an outage; 0 stops it"
                    + " at once.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = KeyRotation.class)))
    @APIResponse(
            responseCode = "201",
            description = "The new key and its secret",
            content = @Content(schema = @Schema(implementation = IssuedPartnerKey.class)))
    @APIResponse(responseCode = "400", description = "The overlap is negative or longer than 30 days")
    @APIResponse(responseCode = "404", description = "No such partner, or the key is not theirs")
    @APIResponse(responseCode = "409", description = "The key was already rotated or revoked")
    public RestResponse<IssuedPartnerKey> rotateKey(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The key's id") @PathParam("keyId") long keyId,
            @Valid KeyRotation requestBody) {
        IssuedPartnerKey key = partners.rotateKey(id, keyId, requestBody);
        return RestResponse.ResponseBuilder.<IssuedPartnerKey>created(
                        URI.create("/api/v1/admin/partners/" + key.partnerId() + "/keys/" + key.id()))
                .entity(key)
                .build();
    }

    @PUT
    @Path("/{id}/keys/{keyId}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changePartnerKeyPlan",
            summary = "Give a key a quota plan of its own",
            description = "Requests per window and a burst per second. It applies from the key's next request, on"
                    + " every instance within a second; what the key already spent in its current window still"
                    + " counts, and a new window length starts with the next window.")
    @APIResponse(
            responseCode = "200",
            description = "The key with its new plan",
            content = @Content(schema = @Schema(implementation = PartnerKeyView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A member is missing or out of range, or the burst exceeds the" + " requests")
    @APIResponse(responseCode = "404", description = "No such partner, or the key is not theirs")
    public PartnerKeyView changePlan(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The key's id") @PathParam("keyId") long keyId,
            @NotNull(message = BODY_REQUIRED) @Valid QuotaPlan requestBody) {
        return partners.changePlan(id, keyId, requestBody);
    }

    @DELETE
    @Path("/{id}/keys/{keyId}/plan")
    @Operation(
            operationId = "resetPartnerKeyPlan",
            summary = "Give a key the default quota plan again",
            description = "The configured default plan (lede.quotas.*) applies from the key's next request.")
    @APIResponse(
            responseCode = "200",
            description = "The key with the default plan",
            content = @Content(schema = @Schema(implementation = PartnerKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such partner, or the key is not theirs")
    public PartnerKeyView resetPlan(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The key's id") @PathParam("keyId") long keyId) {
        return partners.changePlan(id, keyId, null);
    }

    @GET
    @Path("/usage")
    @Produces({MediaType.APPLICATION_JSON, UsageAnswers.CSV})
    @Operation(
            operationId = "readAllPartnerUsage",
            summary = "What every partner's keys fetched, per day and article",
            description = "The usage ledger of every partner, or of one (`partner`): one row per day (UTC), key and"
                    + " article, as a partner sees its own at /api/v1/partner/usage. Requests served by this"
                    + " instance are in it at once, those served by others within a few seconds. `Accept: text/csv`"
                    + " answers CSV (RFC 4180) with a header row.")
    @APIResponse(
            responseCode = "200",
            description = "The usage",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReport.class)),
                @Content(
                        mediaType = UsageAnswers.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = UsageAnswers.CSV_EXAMPLE))
            })
    @APIResponse(
            responseCode = "400",
            description = "A date is invalid, `from` is after `to`, or the period is" + " longer than 92 days")
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public Response usage(
            @Parameter(description = "Only this partner (numeric id or slug)", example = "harbour-wire")
                    @QueryParam("partner")
                    String partner,
            @Parameter(description = PartnerUsageResource.FROM, example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = PartnerUsageResource.TO, example = "2026-11-30") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        Period period = Period.parse(from, to);
        Long partnerId = partner == null ? null : usage.partnerId(partner);
        ledger.flush();
        return UsageAnswers.answer(headers, usage.report(partnerId, period));
    }

    @GET
    @Path("/{id}/usage")
    @Produces({MediaType.APPLICATION_JSON, UsageAnswers.CSV})
    @Operation(
            operationId = "readPartnerUsageByStaff",
            summary = "What one partner's keys fetched, per day and article",
            description = "As /api/v1/admin/partners/usage?partner={id}: one row per day (UTC), key and article."
                    + " `Accept: text/csv` answers CSV (RFC 4180) with a header row.")
    @APIResponse(
            responseCode = "200",
            description = "The usage",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReport.class)),
                @Content(
                        mediaType = UsageAnswers.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = UsageAnswers.CSV_EXAMPLE))
            })
    @APIResponse(
            responseCode = "400",
            description = "A date is invalid, `from` is after `to`, or the period is" + " longer than 92 days")
    @APIResponse(responseCode = "404", description = "No partner has that id or slug")
    public Response partnerUsage(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = PartnerUsageResource.FROM, example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = PartnerUsageResource.TO, example = "2026-11-30") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        Period period = Period.parse(from, to);
        long partnerId = usage.partnerId(id);
        ledger.flush();
        return UsageAnswers.answer(headers, usage.report(partnerId, period));
    }

    @DELETE
    @Path("/{id}/keys/{keyId}")
    @Operation(
            operationId = "revokePartnerKey",
            summary = "Revoke a key",
            description = "It stops working at once on this instance and within a second on every other; the"
                    + " record stays for audit.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked key",
            content = @Content(schema = @Schema(implementation = PartnerKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such partner, or the key is not theirs")
    public PartnerKeyView revokeKey(
            @Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "The key's id") @PathParam("keyId") long keyId) {
        return partners.revokeKey(id, keyId);
    }
}
