package io.lede.quote;

import io.lede.publishing.FieldSelection;
import io.lede.publishing.FrontDoor;
import io.lede.quote.QuoteQueries.QuoteFilter;
import io.lede.quote.QuoteViews.QuoteView;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import io.lede.web.QueryWords;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Who said what: confirmed quotations in published articles")
public class PublicQuoteResource {

    private final QuoteQueries quotes;
    private final FrontDoor door;

    public PublicQuoteResource(QuoteQueries quotes, FrontDoor door) {
        this.quotes = quotes;
        this.door = door;
    }

    @GET
    @Operation(
            operationId = "listQuotes",
            summary = "Search quotations across articles, newest article first (best match first with q)",
            description = "Confirmed quotations of published articles; the filters combine. Keyset-paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotations",
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid")
    public Response list(
            @Parameter(description = "Only quotations by this person slug") @QueryParam("speaker") String speaker,
            @Parameter(description = "Only quotations in this article slug") @QueryParam("article") String article,
            @Parameter(
                            description = "Words to find (web-search syntax, as in /api/v1/search): the quotation's"
                                    + " words or its speaker's name; the best match comes first")
                    @QueryParam("q")
                    String text,
            @Parameter(description = "In articles published at or after this time (ISO-8601, or a date)")
                    @QueryParam("since")
                    String since,
            @Parameter(description = "In articles published before this time (ISO-8601, or a date)")
                    @QueryParam("until")
                    String until,
            @BeanParam PageRequest paging,
            @BeanParam FieldSelection fields) {
        return door.serve(() -> {
            QuoteFilter filter = new QuoteFilter(
                    speaker,
                    article,
                    QueryWords.of(text),
                    QueryParams.instant("since", since),
                    QueryParams.instant("until", until));
            return QuoteRepresentation.of(quotes.publicList(filter, paging.cursor(), paging.limit()))
                    .selecting(fields.of(QuoteView.class));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readQuote",
            summary = "Read a quotation, with its citation and schema.org Quotation",
            description =
                    "Words, kind, cue, offsets, speaker and mention, the article, a ready citation (text and HTML)"
                            + " and schema.org `Quotation` JSON-LD.")
    @APIResponse(
            responseCode = "200",
            description = "The quotation",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "304", description = "The quotation has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No confirmed quotation of a published article has that id")
    public Response read(@PathParam("id") long id, @BeanParam FieldSelection fields) {
        return door.serve(
                () -> quotes.publicQuote(id)
                        .map(QuoteRepresentation::of)
                        .map(quote -> quote.selecting(fields.of(QuoteView.class))),
                () -> Problems.notFound("quotation", Long.toString(id)));
    }

    @Schema(name = "QuotePage")
    public record QuotePage(
            List<QuoteView> items, @Schema(nullable = true) String nextCursor) {}
}
