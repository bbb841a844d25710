package io.lede.syndication.delivery;

import io.lede.article.ArticleFilter;
import io.lede.publishing.Audience;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.Variant;
import io.lede.security.Roles;
import io.lede.syndication.PartnerCaller;
import io.lede.syndication.PartnerCallers;
import io.lede.syndication.UsageLedger;
import io.lede.syndication.delivery.GoneProblem.Body;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticle;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticlePage;
import io.lede.syndication.delivery.PartnerReadViews.PartnerQuote;
import io.lede.syndication.delivery.PartnerReadViews.PartnerQuotePage;
import io.lede.web.PageRequest;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partner reads, through the front door like public ones: one cached answer per request target and partner tier.
 * The policy version is not in the cache key, and need not be: every policy change is a content change, so an answer
 * built under an older version is never served again; the answer names the version it was built under.
 */
@Path("/api/v1/partner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner reads", description = "Articles and quotations as a partner's rights policy allows")
@SecurityRequirement(name = "partnerKey")
@RolesAllowed(Roles.PARTNER)
public class PartnerReadResource {

    private static final String WITHDRAWN_EXAMPLE = "{\"type\": \"urn:lede:problem:gone\", \"title\": \"Gone\","
            + " \"status\": 410, \"detail\": \"The article 'ferry-fares-frozen' has been withdrawn. Remove it from"
            + " your site; its credit no longer applies.\", \"instance\": \"/api/v1/partner/articles/ferry-fares-frozen\","
            + " \"tombstone\": {\"id\": 4, \"slug\": \"ferry-fares-frozen\", \"canonicalUrl\":"
            + " \"https://news.example.com/articles/ferry-fares-frozen\", \"status\": \"canceled\", \"withdrawnAt\":"
            + " \"2026-11-30T10:00:00Z\"}}";

    private final PartnerReads reads;
    private final PartnerCallers callers;
    private final FrontDoor door;

    private final UsageLedger ledger;

    public PartnerReadResource(PartnerReads reads, PartnerCallers callers, FrontDoor door, UsageLedger ledger) {
        this.reads = reads;
        this.callers = callers;
        this.door = door;
        this.ledger = ledger;
    }

    @GET
    @Path("/articles")
    @Operation(
            operationId = "listPartnerArticles",
            summary = "List articles a partner may use, newest first",
            description = "The public filters and keyset paging; each item carries the excerpt its policy allows,"
                    + " the rights, the credit line and the policy. Embargoed articles are left out.")
    @APIResponse(
            responseCode = "200",
            description = "A page of articles",
            content = @Content(schema = @Schema(implementation = PartnerArticlePage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The partner key is missing, unknown or revoked")
    @APIResponse(responseCode = "403", description = "The credential is not a partner key")
    public Response list(
            @Parameter(description = "Only articles with this tag slug") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles by this person slug") @QueryParam("author") String author,
            @Parameter(description = "Published at or after this time (ISO-8601, or a date)") @QueryParam("since")
                    String since,
            @Parameter(description = "Published before this time (ISO-8601, or a date)") @QueryParam("until")
                    String until,
            @BeanParam PageRequest paging,
            @Context UriInfo uri) {
        PartnerCaller caller = callers.current();
        return door.serve(
                variant(caller),
                () -> Optional.of(noted(reads.list(
                        new ArticleFilter(
                                tag, author, QueryParams.instant("since", since), QueryParams.instant("until", until)),
                        paging.cursor(),
                        paging.limit(),
                        caller.tier(),
                        base(uri)))),
                () -> Problems.notFound("page", uri.getPath()),
                delivered -> ((Deliveries) delivered).record(ledger, caller));
    }

    @GET
    @Path("/articles/{slug}")
    @Operation(
            operationId = "readPartnerArticle",
            summary = "Read an article as a partner may use it",
            description = "The excerpt cut by the policy (`excerpt.truncated` and `reason` say how), the full body"
                    + " only for a tier the policy grants it to, `rights`, a ready `attribution` (text, HTML,"
                    + " Markdown and schema.org JSON-LD) and the `policy` it was built under.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            headers = {
                @Header(
                        name = "Link",
                        description = "<canonical>; rel=\"canonical\", <canonical>; rel=\"cite-as\","
                                + " <policy>; rel=\"license\"",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "tdm-reservation",
                        description = "1 when text-and-data mining is reserved (TDMRep)",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "tdm-policy",
                        description = "The policy, when text-and-data mining is reserved",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(schema = @Schema(implementation = PartnerArticle.class)))
    @APIResponse(responseCode = "304", description = "The article has not changed since the ETag you sent")
    @APIResponse(responseCode = "401", description = "The partner key is missing, unknown or revoked")
    @APIResponse(responseCode = "403", description = "The credential is not a partner key")
    @APIResponse(
            responseCode = "404",
            description = "No published article has that slug, or it is under embargo until its time")
    @APIResponse(
            responseCode = "410",
            description = "The article has been withdrawn: remove it; the body carries its tombstone",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Body.class),
                            examples = @ExampleObject(name = "withdrawn", value = WITHDRAWN_EXAMPLE)))
    public Response read(
            @Parameter(description = "The article's slug") @PathParam("slug") String slug, @Context UriInfo uri) {
        PartnerCaller caller = callers.current();
        return door.serve(
                variant(caller),
                () -> reads.article(slug, caller.tier(), base(uri)).map(PartnerReadResource::noted),
                () -> Problems.notFound("article", slug),
                delivered -> ((Deliveries) delivered).record(ledger, caller));
    }

    @GET
    @Path("/quotes")
    @Operation(
            operationId = "listPartnerQuotes",
            summary = "List quotations a partner may use, newest article first",
            description = "Confirmed quotations only, from articles whose policy lets quotations be syndicated;"
                    + " each whole, with the speaker, its article, rights and attribution.")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotations",
            content = @Content(schema = @Schema(implementation = PartnerQuotePage.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The partner key is missing, unknown or revoked")
    @APIResponse(responseCode = "403", description = "The credential is not a partner key")
    public Response quotes(
            @Parameter(description = "Only quotations in this article (slug)") @QueryParam("article") String article,
            @Parameter(description = "Only quotations by this person (slug)") @QueryParam("speaker") String speaker,
            @BeanParam PageRequest paging,
            @Context UriInfo uri) {
        PartnerCaller caller = callers.current();
        return door.serve(
                variant(caller),
                () -> Optional.of(
                        reads.quotes(article, speaker, paging.cursor(), paging.limit(), caller.tier(), base(uri))),
                () -> Problems.notFound("page", uri.getPath()));
    }

    @GET
    @Path("/quotes/{id}")
    @Operation(
            operationId = "readPartnerQuote",
            summary = "Read a quotation a partner may use",
            description = "Only a confirmed quotation whose article's policy lets quotations be syndicated.")
    @APIResponse(
            responseCode = "200",
            description = "The quotation",
            headers = {
                @Header(
                        name = "Link",
                        description = "The article's canonical URL and the policy",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "tdm-reservation",
                        description = "1 when text-and-data mining is reserved (TDMRep)",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "tdm-policy",
                        description = "The policy, when text-and-data mining is reserved",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(schema = @Schema(implementation = PartnerQuote.class)))
    @APIResponse(responseCode = "304", description = "The quotation has not changed since the ETag you sent")
    @APIResponse(responseCode = "401", description = "The partner key is missing, unknown or revoked")
    @APIResponse(responseCode = "403", description = "The credential is not a partner key")
    @APIResponse(
            responseCode = "404",
            description = "No such quotation, or its article's policy keeps quotations back or is under embargo")
    public Response quote(
            @Parameter(description = "The quotation's id") @PathParam("id") long id, @Context UriInfo uri) {
        PartnerCaller caller = callers.current();
        return door.serve(
                variant(caller),
                () -> reads.quote(id, caller.tier(), base(uri)),
                () -> Problems.notFound("quotation", Long.toString(id)));
    }

    /** The answer keeps what it delivers, so each time it is sent the usage ledger counts it. */
    private static Representation noted(Representation representation) {
        return representation.noting(Deliveries.of(representation.body()));
    }

    /** Answers differ by tier only; they are the caller's alone (private). */
    private static Variant variant(PartnerCaller caller) {
        return new Variant(new Audience("partner:" + caller.tier(), false), MediaType.APPLICATION_JSON_TYPE);
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString();
    }
}
