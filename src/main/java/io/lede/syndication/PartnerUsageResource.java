package io.lede.syndication;

import io.lede.security.Roles;
import io.lede.syndication.UsageService.Period;
import io.lede.syndication.UsageViews.UsageReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner reads what its keys fetched. */
@Path("/api/v1/partner/usage")
@Tag(name = "Partners", description = "Syndication under the publisher's terms (a partner key)")
@SecurityRequirement(name = "partnerKey")
@RolesAllowed(Roles.PARTNER)
public class PartnerUsageResource {

    static final String FROM = "The first day (UTC, ISO date), included; by default 29 days before `to`";
    static final String TO = "The last day (UTC, ISO date), included; by default today. At most 92 days after `from`";

    private final PartnerCallers callers;
    private final UsageLedger ledger;
    private final UsageService usage;

    public PartnerUsageResource(PartnerCallers callers, UsageLedger ledger, UsageService usage) {
        this.callers = callers;
        this.ledger = ledger;
        this.usage = usage;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, UsageAnswers.CSV})
    @Operation(
            operationId = "readPartnerUsage",
            summary = "What your keys fetched, per day and article",
            description = "Every key of yours, one row per day (UTC), key and article: the key's row for the day"
                    + " (no article) counts every request it made, this one included; an article's row counts the"
                    + " requests that delivered it and how many carried an excerpt or the full text. Your requests"
                    + " to this instance are in it at once; those served by other instances of Lede within a few"
                    + " seconds. `Accept: text/csv` answers CSV (RFC 4180) with a header row.")
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
    @APIResponse(responseCode = "401", description = "No partner key, or one that is revoked, expired or suspended")
    @APIResponse(responseCode = "403", description = "A staff token: this operation is for partners")
    public Response read(
            @Parameter(description = FROM, example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = TO, example = "2026-11-30") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        Period period = Period.parse(from, to);
        ledger.flush();
        return UsageAnswers.answer(headers, usage.report(callers.current().partnerId(), period));
    }
}
