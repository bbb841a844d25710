package io.lede.article;

import io.lede.article.ArticleViews.PersonSummary;
import io.lede.article.ArticleViews.PersonView;
import io.lede.support.Timestamps;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Paging;
import io.lede.web.Problems;
import io.lede.web.PublicCaching;
import io.lede.web.PublicCaching.Representation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Authors and the people in the news")
public class PersonResource {

    @Schema(name = "PersonPage")
    public record PersonPage(
            List<PersonSummary> items,
            @Schema(nullable = true) String nextCursor) {}

    private final PersonService people;
    private final PublicCaching caching;

    public PersonResource(PersonService people, PublicCaching caching) {
        this.people = people;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listPeople",
            summary = "List people by slug: authors and the people in the news",
            description = "Keyset-paginated by slug: follow `nextCursor` or the `Link: rel=\"next\"` header.")
    @APIResponse(
            responseCode = "200",
            description = "A page of people",
            content = @Content(schema = @Schema(implementation = PersonPage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    public Response list(@BeanParam PageRequest paging, @Context Request request, @Context UriInfo uri) {
        return caching.cached(
                request,
                uri,
                () -> {
                    Page<PersonSummary> page = people.listPublic(paging.cursor(), paging.limit());
                    Instant lastModified = Timestamps.latest(page.items(), PersonSummary::updatedAt);
                    return Optional.of(
                            new Representation(page, lastModified, List.of("people"), Paging.nextPageUrl(page, uri)));
                },
                null);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "readPerson",
            summary = "Read a person's profile",
            description = "Their articles: `GET /api/v1/articles?author={slug}`.")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "304", description = "The profile has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No person has that slug")
    public Response read(@PathParam("slug") String slug, @Context Request request, @Context UriInfo uri) {
        return caching.cached(
                request,
                uri,
                () -> people.findPublic(slug)
                        .map(person ->
                                new Representation(person, person.updatedAt(), List.of("person-" + person.id()), null)),
                () -> Problems.notFound("person", slug));
    }
}
