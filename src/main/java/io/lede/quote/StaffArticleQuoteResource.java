package io.lede.quote;

import io.lede.quote.QuoteRequests.NewQuote;
import io.lede.quote.QuoteViews.Reextraction;
import io.lede.quote.QuoteViews.StaffQuoteList;
import io.lede.quote.QuoteViews.StaffQuoteView;
import io.lede.security.Scope;
import io.lede.web.Preconditions;
import io.lede.web.Problem;
import io.lede.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/articles/{id}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: quotes", description = "Reviewing quotations (scope articles:write)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffArticleQuoteResource {

    private final QuoteService service;
    private final QuoteQueries quotes;

    public StaffArticleQuoteResource(QuoteService service, QuoteQueries quotes) {
        this.service = service;
        this.quotes = quotes;
    }

    @GET
    @Operation(
            operationId = "listStaffArticleQuotes",
            summary = "Every quotation of an article, suggestions and rejections included, in reading order",
            description = "Each quotation carries its status, origin and version, for review.")
    @APIResponse(
            responseCode = "200",
            description = "The article's quotations",
            content = @Content(schema = @Schema(implementation = StaffQuoteList.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public StaffQuoteList list(@Parameter(description = "The article's id or slug") @PathParam("id") String id) {
        return quotes.ofArticle(id).map(StaffQuoteList::new).orElseThrow(() -> Problems.notFound("article", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addQuote",
            summary = "Add a quotation by hand",
            description = "It is confirmed at once, with the editor's name.")
    @APIResponse(
            responseCode = "201",
            description = "The quotation",
            content = @Content(schema = @Schema(implementation = StaffQuoteView.class)))
    @APIResponse(responseCode = "400", description = "The span is outside the text, or the speaker is unknown")
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public RestResponse<StaffQuoteView> add(
            @Parameter(description = "The article's id or slug") @PathParam("id") String id,
            @NotNull(message = Problem.BODY_REQUIRED) @Valid NewQuote requestBody) {
        long quoteId = service.add(id, requestBody);
        StaffQuoteView quote = quotes.staffQuote(quoteId).orElseThrow();
        return RestResponse.ResponseBuilder.<StaffQuoteView>created(URI.create("/api/v1/admin/quotes/" + quoteId))
                .entity(quote)
                .tag(Preconditions.versionTag(quote.version()))
                .build();
    }

    @POST
    @Path("/extract")
    @Operation(
            operationId = "reextractQuotes",
            summary = "Run extraction on the article again",
            description = "Quotations an editor added, confirmed, rejected or corrected are kept and re-anchored;"
                    + " unreviewed suggestions are replaced by fresh ones.")
    @APIResponse(
            responseCode = "200",
            description = "What changed, and the article's quotations now",
            content = @Content(schema = @Schema(implementation = Reextraction.class)))
    @APIResponse(responseCode = "404", description = "No article has that id or slug")
    public Reextraction reextract(@Parameter(description = "The article's id or slug") @PathParam("id") String id) {
        var report = service.reextract(id);
        return new Reextraction(report, quotes.ofArticle(id).orElseThrow());
    }
}
