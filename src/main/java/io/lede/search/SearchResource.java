package io.lede.search;

import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.search.SearchService.Found;
import io.lede.search.SearchViews.SearchPage;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import io.lede.web.QueryWords;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Published articles, public quotations and public people by their words")
public class SearchResource {

    private final SearchService search;
    private final FrontDoor door;

    public SearchResource(SearchService search, FrontDoor door) {
        this.search = search;
        this.door = door;
    }

    @GET
    @Operation(
            operationId = "search",
            summary = "Search articles, quotations and people, best match first",
            description = "Web-search syntax: words must all match, \"a phrase\" in double quotes, `or` between"
                    + " two alternatives, `-word` to exclude. Titles weigh more than deks, deks more than bodies;"
                    + " recent articles rank a little higher. People are found by name, misspellings included"
                    + " (on PostgreSQL). Each hit has a highlight, as HTML with `<mark>` and as plain text. Without"
                    + " `q` the page is empty. Keyset-paginated: follow `nextCursor` or the `Link` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of hits",
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "A filter, the query, the limit or the cursor is invalid")
    public Response search(
            @Parameter(description = "The words to find (web-search syntax), up to 200 characters") @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Comma-separated types of hit: article, quote, person (default all)",
                            example = "article,quote")
                    @QueryParam("type")
                    String type,
            @Parameter(description = "Only articles with this tag slug, and quotations in them") @QueryParam("tag")
                    String tag,
            @Parameter(description = "Only articles by this person slug, and quotations in them") @QueryParam("author")
                    String author,
            @Parameter(description = "Only quotations by this person slug") @QueryParam("speaker") String speaker,
            @Parameter(description = "Published at or after this time (ISO-8601, or a date)") @QueryParam("since")
                    String since,
            @Parameter(description = "Published before this time (ISO-8601, or a date)") @QueryParam("until")
                    String until,
            @BeanParam PageRequest paging) {
        return door.serve(() -> {
            SearchRequest search = new SearchRequest(
                    QueryWords.of(q),
                    types(type),
                    blankToNull(tag),
                    blankToNull(author),
                    blankToNull(speaker),
                    null,
                    QueryParams.instant("since", since),
                    QueryParams.instant("until", until));
            Found found = this.search.search(search, paging.cursor(), paging.limit());
            return new Representation(found.page(), found.lastModified(), found.surrogateKeys(), List.of());
        });
    }

    private static Set<HitType> types(String value) {
        if (value == null || value.isBlank()) {
            return EnumSet.allOf(HitType.class);
        }
        Set<HitType> types = EnumSet.noneOf(HitType.class);
        for (String part : value.split(",", -1)) {
            HitType found = null;
            for (HitType candidate : HitType.values()) {
                if (candidate.wire().equals(part.strip())) {
                    found = candidate;
                }
            }
            if (found == null) {
                throw Problems.invalid("type", "must be a comma-separated list of article, quote, person");
            }
            types.add(found);
        }
        return types;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
