package io.lede.quote;

import io.lede.quote.QuoteRequests.QuoteCorrection;
import io.lede.quote.QuoteViews.ExtractedQuoteView;
import io.lede.quote.QuoteViews.Extraction;
import io.lede.quote.QuoteViews.StaffQuoteView;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Preconditions;
import io.lede.web.Problem;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import io.lede.web.QueryWords;
import io.lede.web.openapi.OpenApiHints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: quotes")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffQuoteResource {

    static final String IF_MATCH = "Optional: the version you reviewed, as \"v3\"";

    private final QuoteService service;
    private final QuoteQueries quotes;

    public StaffQuoteResource(QuoteService service, QuoteQueries quotes) {
        this.service = service;
        this.quotes = quotes;
    }

    @GET
    @Operation(
            operationId = "listQuoteQueue",
            summary = "The review queue: quotations in one state across articles, newest first",
            description = "`status` picks suggested (the default), confirmed or rejected. Keyset-paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotations",
            content = @Content(schema = @Schema(implementation = StaffQuotePage.class)))
    @APIResponse(responseCode = "400", description = "The status, the limit or the cursor is invalid")
    public Page<StaffQuoteView> queue(
            @Parameter(
                            description = "suggested (default), confirmed or rejected",
                            schema = @Schema(enumeration = {"suggested", "confirmed", "rejected"}))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Words to find (web-search syntax, as in /api/v1/search); best match first")
                    @QueryParam("q")
                    String text,
            @BeanParam PageRequest paging) {
        return quotes.staffList(
                QueryParams.option("status", status, QuoteStatus.class, QuoteStatus.SUGGESTED),
                QueryWords.of(text),
                paging.cursor(),
                paging.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readStaffQuote",
            summary = "Read a quotation in any state",
            description = "The ETag is the quotation's version, such as `\"v3\"`: send it back in `If-Match` when you"
                    + " review it.")
    @APIResponse(
            responseCode = "200",
            description = "The quotation, with its version as the ETag",
            content = @Content(schema = @Schema(implementation = StaffQuoteView.class)))
    @APIResponse(responseCode = "404", description = "No quotation has that id")
    public RestResponse<StaffQuoteView> read(@PathParam("id") long id) {
        return versioned(id);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(
            operationId = "confirmQuote",
            summary = "Confirm a quotation: it becomes public once its article is",
            description = "`If-Match` is optional and honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The confirmed quotation",
            content = @Content(schema = @Schema(implementation = StaffQuoteView.class)))
    @APIResponse(responseCode = "404", description = "No quotation has that id")
    @APIResponse(responseCode = "412", description = "The quotation changed since the ETag in If-Match")
    public RestResponse<StaffQuoteView> confirm(
            @PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.confirm(id, Preconditions.expectedVersion(ifMatch));
        return versioned(id);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(
            operationId = "rejectQuote",
            summary = "Reject a quotation: it stays rejected when extraction runs again",
            description = "`If-Match` is optional and honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The rejected quotation",
            content = @Content(schema = @Schema(implementation = StaffQuoteView.class)))
    @APIResponse(responseCode = "404", description = "No quotation has that id")
    @APIResponse(responseCode = "412", description = "The quotation changed since the ETag in If-Match")
    public RestResponse<StaffQuoteView> reject(
            @PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.reject(id, Preconditions.expectedVersion(ifMatch));
        return versioned(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "correctQuote",
            summary = "Correct a quotation's span, speaker, cue or kind",
            description = "The words follow the span; a corrected quotation is confirmed.")
    @APIResponse(
            responseCode = "200",
            description = "The corrected quotation",
            content = @Content(schema = @Schema(implementation = StaffQuoteView.class)))
    @APIResponse(responseCode = "400", description = "The span is outside the text, or the speaker is unknown")
    @APIResponse(responseCode = "404", description = "No quotation has that id")
    @APIResponse(responseCode = "412", description = "The quotation changed since the ETag in If-Match")
    public RestResponse<StaffQuoteView> correct(
            @PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid QuoteCorrection requestBody) {
        service.correct(id, requestBody, Preconditions.expectedVersion(ifMatch));
        return versioned(id);
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(
            operationId = "deleteQuote",
            summary = "Delete a quotation",
            description = "To keep extraction from finding it again, reject it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No quotation has that id")
    public RestResponse<Void> delete(@PathParam("id") long id) {
        service.delete(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.TEXT_PLAIN)
    @Extension(name = OpenApiHints.CHANGES_NOTHING, value = "true")
    @Operation(
            operationId = "extractQuotes",
            summary = "Find the quotations in a text, storing nothing",
            description = "For tooling and evaluation: paragraphs separated by a blank line, offsets in code points.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "200",
            description = "The quotations found",
            content = @Content(schema = @Schema(implementation = Extraction.class)))
    @APIResponse(responseCode = "400", description = "The body is empty")
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            throw Problems.badRequest("Send the text to extract from as the request body.");
        }
        return new Extraction(
                service.extract(text).stream().map(ExtractedQuoteView::of).toList());
    }

    private RestResponse<StaffQuoteView> versioned(long id) {
        StaffQuoteView quote =
                quotes.staffQuote(id).orElseThrow(() -> Problems.notFound("quotation", Long.toString(id)));
        return RestResponse.ResponseBuilder.ok(quote)
                .tag(Preconditions.versionTag(quote.version()))
                .build();
    }

    @Schema(name = "StaffQuotePage")
    public record StaffQuotePage(
            List<StaffQuoteView> items,
            @Schema(nullable = true) String nextCursor) {}
}
