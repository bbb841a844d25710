package io.lede.article;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.article.ArticleRequests.PersonInput;
import io.lede.article.ArticleRequests.TagInput;
import io.lede.article.ArticleViews.PersonSummary;
import io.lede.article.ArticleViews.PersonView;
import io.lede.article.ArticleViews.TagView;
import io.lede.security.Scope;
import io.lede.web.Page;
import io.lede.web.PageRequest;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Staff reads and writes of people (public or not) and tags. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: people and tags", description = "Keeping authors and tags (scope articles:write)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class StaffDirectoryResource {

    private final PersonService people;
    private final TagService tags;

    public StaffDirectoryResource(PersonService people, TagService tags) {
        this.people = people;
        this.tags = tags;
    }

    @GET
    @Path("/people")
    @Operation(
            operationId = "listStaffPeople",
            summary = "List every person by slug",
            description = "Public and not yet public: people quoted only in drafts or suggestions are here too.")
    @APIResponse(
            responseCode = "200",
            description = "A page of people",
            content = @Content(schema = @Schema(implementation = PersonResource.PersonPage.class)))
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    public Page<PersonSummary> listPeople(@BeanParam PageRequest paging) {
        return people.listAll(paging.cursor(), paging.limit());
    }

    @GET
    @Path("/people/{id}")
    @Operation(
            operationId = "readStaffPerson",
            summary = "Read any person, public or not",
            description = "Also a person quoted only in drafts or unconfirmed quotations, whom the public API does"
                    + " not show.")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "No person has that id or slug")
    public PersonView readPerson(@Parameter(description = "The person's id or slug") @PathParam("id") String id) {
        return people.findAny(id).orElseThrow(() -> Problems.notFound("person", id));
    }

    @POST
    @Path("/people")
    @Operation(
            operationId = "createPerson",
            summary = "Add a person",
            description = "The slug is derived from the name unless given.")
    @APIResponse(
            responseCode = "201",
            description = "The person, with its Location",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "409", description = "Another person already has that slug")
    public RestResponse<PersonView> createPerson(@NotNull(message = BODY_REQUIRED) @Valid PersonInput requestBody) {
        PersonView person = people.create(requestBody);
        return RestResponse.ResponseBuilder.<PersonView>created(URI.create("/api/v1/admin/people/" + person.slug()))
                .entity(person)
                .build();
    }

    @PUT
    @Path("/people/{id}")
    @Operation(
            operationId = "replacePerson",
            summary = "Replace a person's profile",
            description = "Members left out are cleared, except the slug, which stays. `If-Match` is optional and"
                    + " honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The updated person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "404", description = "No person has that id or slug")
    @APIResponse(responseCode = "409", description = "Another person already has the new slug")
    @APIResponse(responseCode = "412", description = "The person changed since the ETag in If-Match")
    public PersonView updatePerson(
            @Parameter(description = "The person's id or slug") @PathParam("id") String id,
            @Parameter(description = "Optional: the version you edited, as \"v3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid PersonInput requestBody) {
        return people.update(id, requestBody, Preconditions.expectedVersion(ifMatch));
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/people/{id}")
    @Operation(
            operationId = "deletePerson",
            summary = "Delete a person who is credited on no article",
            description = "A person credited on an article, or quoted in one, cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No person has that id or slug")
    @APIResponse(responseCode = "409", description = "The person is still credited on articles")
    public RestResponse<Void> deletePerson(
            @Parameter(description = "The person's id or slug") @PathParam("id") String id) {
        people.delete(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/tags")
    @Operation(
            operationId = "createTag",
            summary = "Add a tag",
            description = "The slug is derived from the name unless given.")
    @APIResponse(
            responseCode = "201",
            description = "The tag, with its Location",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "409", description = "Another tag already has that slug")
    public RestResponse<TagView> createTag(@NotNull(message = BODY_REQUIRED) @Valid TagInput requestBody) {
        TagView tag = tags.create(requestBody);
        return RestResponse.ResponseBuilder.<TagView>created(URI.create("/api/v1/tags/" + tag.slug()))
                .entity(tag)
                .build();
    }

    @PUT
    @Path("/tags/{id}")
    @Operation(
            operationId = "replaceTag",
            summary = "Replace a tag's name, slug and description",
            description = "A description left out is cleared; a slug left out stays. `If-Match` is optional and"
                    + " honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The updated tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "404", description = "No tag has that id or slug")
    @APIResponse(responseCode = "409", description = "Another tag already has the new slug")
    @APIResponse(responseCode = "412", description = "The tag changed since the ETag in If-Match")
    public TagView updateTag(
            @Parameter(description = "The tag's id or slug") @PathParam("id") String id,
            @Parameter(description = "Optional: the version you edited, as \"v3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TagInput requestBody) {
        return tags.update(id, requestBody, Preconditions.expectedVersion(ifMatch));
    }

    @DELETE
    @Produces(MediaType.WILDCARD)
    @Path("/tags/{id}")
    @Operation(
            operationId = "deleteTag",
            summary = "Delete a tag and remove it from every article",
            description = "The articles that carried it keep everything else.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No tag has that id or slug")
    public RestResponse<Void> deleteTag(@Parameter(description = "The tag's id or slug") @PathParam("id") String id) {
        tags.delete(id);
        return RestResponse.noContent();
    }
}
