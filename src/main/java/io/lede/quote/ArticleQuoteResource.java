package io.lede.quote;

import io.lede.publishing.FrontDoor;
import io.lede.quote.QuoteViews.QuoteView;
import io.lede.web.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{slug}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class ArticleQuoteResource {

    private final QuoteQueries quotes;
    private final FrontDoor door;

    public ArticleQuoteResource(QuoteQueries quotes, FrontDoor door) {
        this.quotes = quotes;
        this.door = door;
    }

    @GET
    @Operation(
            operationId = "listArticleQuotes",
            summary = "The quotations in a published article, in reading order",
            description = "Only confirmed quotations, each with its citation and schema.org JSON-LD.")
    @APIResponse(
            responseCode = "200",
            description = "Every confirmed quotation of the article",
            content = @Content(schema = @Schema(implementation = ArticleQuotes.class)))
    @APIResponse(responseCode = "304", description = "Nothing has changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No published article has that slug")
    public Response list(@PathParam("slug") String slug) {
        return door.serve(
                () -> quotes.ofPublishedArticle(slug)
                        .map(answer -> QuoteRepresentation.of(new QuoteQueries.Dated<>(
                                new ArticleQuotes(answer.body()), answer.lastModified(), answer.articleIds()))),
                () -> Problems.notFound("published article", slug));
    }

    @Schema(name = "ArticleQuotes")
    public record ArticleQuotes(List<QuoteView> items) {}
}
