package io.lede.quote;

import io.lede.article.PersonService;
import io.lede.publishing.FrontDoor;
import io.lede.quote.QuoteQueries.QuoteFilter;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{slug}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class PersonQuoteResource {

    private final QuoteQueries quotes;
    private final FrontDoor door;
    private final PersonService people;

    public PersonQuoteResource(QuoteQueries quotes, FrontDoor door, PersonService people) {
        this.quotes = quotes;
        this.door = door;
        this.people = people;
    }

    @GET
    @Operation(
            operationId = "listPersonQuotes",
            summary = "Everything a person said, newest article first",
            description = "Confirmed quotations in published articles. Keyset-paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the person's quotations",
            content = @Content(schema = @Schema(implementation = PublicQuoteResource.QuotePage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "No person has that slug")
    public Response list(@PathParam("slug") String slug, @BeanParam PageRequest paging) {
        return door.serve(
                () -> people.findPublic(slug)
                        .map(person -> QuoteRepresentation.of(quotes.publicList(
                                new QuoteFilter(slug, null, null, null, null), paging.cursor(), paging.limit()))),
                () -> Problems.notFound("person", slug));
    }
}
