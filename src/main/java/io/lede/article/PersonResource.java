package io.lede.article;

import io.lede.article.ArticleViews.PersonView;
import io.lede.web.Problem;
import io.lede.web.Problems;
import io.lede.web.PublicCaching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Authors and the people in the news")
public class PersonResource {

    private final PersonService people;
    private final PublicCaching caching;

    public PersonResource(PersonService people, PublicCaching caching) {
        this.people = people;
        this.caching = caching;
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Read a person's profile",
            description = "Their articles: `GET /api/v1/articles?author={slug}`.")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "304", description = "The profile has not changed since the ETag you sent")
    @APIResponse(
            responseCode = "404",
            description = "No person has that slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PersonView> read(@PathParam("slug") String slug, @Context Request request) {
        return people.find(slug)
                .map(person ->
                        caching.conditional(request, person, person.updatedAt(), List.of("person-" + person.id())))
                .orElseThrow(() -> Problems.notFound("person", slug));
    }
}
