package io.lede.article;

import io.lede.article.ArticleViews.PersonSummary;
import io.lede.article.ArticleViews.PersonView;
import io.lede.publishing.FieldSelection;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.support.Timestamps;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Authors and the people in the news")
public class PersonResource {

    @Schema(name = "PersonPage")
    public record PersonPage(
            List<PersonSummary> items,
            @Schema(nullable = true) String nextCursor) {}

    private final PersonService people;
    private final FrontDoor door;

    public PersonResource(PersonService people, FrontDoor door) {
        this.people = people;
        this.door = door;
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
    public Response list(@BeanParam PageRequest paging, @BeanParam FieldSelection fields) {
        return door.serve(() -> {
            Page<PersonSummary> page = people.listPublic(paging.cursor(), paging.limit());
            return Representation.of(
                            page, Timestamps.latest(page.items(), PersonSummary::updatedAt), SurrogateKey.PEOPLE)
                    .selecting(fields.of(PersonSummary.class));
        });
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
    public Response read(@PathParam("slug") String slug, @BeanParam FieldSelection fields) {
        return door.serve(
                () -> people.findPublic(slug).map(person -> (person.portrait() == null
                                ? Representation.of(person, person.updatedAt(), SurrogateKey.person(person.id()))
                                : Representation.of(
                                        person,
                                        person.portrait().changedSince(person.updatedAt()),
                                        SurrogateKey.person(person.id()),
                                        SurrogateKey.image(person.portrait().id())))
                        .selecting(fields.of(PersonView.class))),
                () -> Problems.notFound("person", slug));
    }
}
