package io.lede.feed;

import io.lede.publishing.Audience;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Variant;
import io.lede.syndication.Delivery;
import io.lede.syndication.FeedTokens;
import io.lede.syndication.PartnerCaller;
import io.lede.syndication.Quotas;
import io.lede.syndication.UsageLedger;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import io.lede.web.RateLimiter.Allowance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the published articles, of a tag's and of an author's, through the front
 * door like every public read (strong ETag, Last-Modified, 304, Cache-Control, Surrogate-Key). With a partner's feed
 * token the feed follows that partner's policy and tier, is private, spends the quota of the token's key and counts
 * in its usage ledger.
 */
@Path("/feeds")
@Tag(
        name = "Feeds",
        description = "RSS, Atom and JSON Feed of published articles: excerpts with credit and link, as the policy"
                + " allows")
public class FeedResource {

    static final String RSS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
            + " xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
            + "<title>Lede Demo Newsroom</title><link>https://news.example.com</link><description>The latest articles"
            + " from Lede Demo Newsroom</description><item><title>Council approves harbour tram line</title>"
            + "<link>https://news.example.com/articles/council-approves-harbour-tram-line</link><description>&lt;p&gt;"
            + "The tram line was approved on Tuesday.&lt;/p&gt;…</description><pubDate>Mon, 23 Nov 2026 12:40:00"
            + " GMT</pubDate><guid isPermaLink=\"false\">tag:news.example.com,2026:article-1</guid><source"
            + " url=\"https://api.example.com/feeds/articles.rss\">Lede Demo Newsroom</source><dc:rights>© 2026 Lede"
            + " Demo Newsroom. Terms: https://api.example.com/api/v1/policies/1</dc:rights></item></channel></rss>";
    static final String ATOM_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed"
            + " xmlns=\"http://www.w3.org/2005/Atom\" xmlns:at=\"http://purl.org/atompub/tombstones/1.0\">"
            + "<title>Lede Demo Newsroom</title><id>tag:news.example.com,2026:feeds/articles</id>"
            + "<updated>2026-11-24T09:30:00Z</updated><link rel=\"next\""
            + " href=\"https://api.example.com/feeds/articles.atom?cursor=MjAy\"/><entry>"
            + "<id>tag:news.example.com,2026:article-1</id><title>Council approves harbour tram line</title>"
            + "<rights>© 2026 Lede Demo Newsroom. Terms: https://api.example.com/api/v1/policies/1</rights>"
            + "<link rel=\"license\" href=\"https://api.example.com/api/v1/policies/1\"/><content type=\"html\">"
            + "&lt;p&gt;The tram line was approved on Tuesday.&lt;/p&gt;…</content></entry>"
            + "<at:deleted-entry ref=\"tag:news.example.com,2026:article-4\" when=\"2026-11-30T10:00:00Z\"/></feed>";
    static final String JSON_EXAMPLE = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Lede Demo"
            + " Newsroom\", \"home_page_url\": \"https://news.example.com\", \"feed_url\":"
            + " \"https://api.example.com/feeds/articles.json\", \"next_url\":"
            + " \"https://api.example.com/feeds/articles.json?cursor=MjAy\", \"items\": [{\"id\":"
            + " \"tag:news.example.com,2026:article-4\", \"url\": \"https://news.example.com/articles/ferry-fares\","
            + " \"content_text\": \"This article has been withdrawn by the publisher.\", \"_tombstone\": {\"status\":"
            + " \"canceled\", \"withdrawn_at\": \"2026-11-30T10:00:00Z\"}}, {\"id\":"
            + " \"tag:news.example.com,2026:article-1\", \"url\":"
            + " \"https://news.example.com/articles/council-approves-harbour-tram-line\", \"title\": \"Council"
            + " approves harbour tram line\", \"content_html\": \"<p>The tram line was approved on Tuesday.</p>…\","
            + " \"date_published\": \"2026-11-23T12:40:00Z\", \"_rights\": {\"notice\": \"© 2026 Lede Demo"
            + " Newsroom\", \"license\": \"https://api.example.com/api/v1/policies/1\"}, \"_attribution\": {\"text\":"
            + " \"Council approves harbour tram line — Lede Demo Newsroom\"}}]}";

    private static final String SLUG = "The tag's slug";
    private static final String AUTHOR = "The author's slug";

    private final Feeds feeds;
    private final FrontDoor door;
    private final FeedTokens tokens;
    private final Quotas quotas;
    private final UsageLedger ledger;

    public FeedResource(Feeds feeds, FrontDoor door, FeedTokens tokens, Quotas quotas, UsageLedger ledger) {
        this.feeds = feeds;
        this.door = door;
        this.tokens = tokens;
        this.quotas = quotas;
        this.ledger = ledger;
    }

    @GET
    @Path("/articles.rss")
    @Produces({FeedFormat.RSS_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readArticlesRss",
            summary = "RSS 2.0 feed of the published articles, newest first",
            description =
                    "Items carry the excerpt the policy allows, the credit and the canonical link in their HTML, `source` and `dc:rights`; paged with `atom:link rel=\"next\"`. RSS cannot say an article was withdrawn: use Atom or JSON Feed for that.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            headers =
                    @Header(
                            name = "Link",
                            description = "rel=\"alternate\" feeds",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = FeedFormat.RSS_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = RSS_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response articlesRss(@BeanParam FeedRequest request, @Context UriInfo uri) {
        return serve(FeedFormat.RSS, FeedScope.ALL, request, uri);
    }

    @GET
    @Path("/articles.atom")
    @Produces({FeedFormat.ATOM_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readArticlesAtom",
            summary = "Atom 1.0 feed of the published articles, newest first",
            description = "Paged per RFC 5005 (`next`, `prev-archive`, `first`); the first page names articles"
                    + " withdrawn in the last 30 days as `at:deleted-entry` (RFC 6721).")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.ATOM_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = ATOM_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response articlesAtom(@BeanParam FeedRequest request, @Context UriInfo uri) {
        return serve(FeedFormat.ATOM, FeedScope.ALL, request, uri);
    }

    @GET
    @Path("/articles.json")
    @Produces({FeedFormat.JSON_TYPE, "application/json"})
    @Operation(
            operationId = "readArticlesJsonFeed",
            summary = "JSON Feed 1.1 of the published articles, newest first",
            description = "Paged with `next_url`; items carry `_rights` and `_attribution`, and the first page names"
                    + " articles withdrawn in the last 30 days as items with `_tombstone`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.JSON_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Feed 1.1 document"),
                            example = JSON_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response articlesJson(@BeanParam FeedRequest request, @Context UriInfo uri) {
        return serve(FeedFormat.JSON, FeedScope.ALL, request, uri);
    }

    @GET
    @Path("/tags/{slug}.rss")
    @Produces({FeedFormat.RSS_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readTagRss",
            summary = "RSS 2.0 feed of a tag's articles",
            description = "As the RSS feed of every article, for one tag.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.RSS_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = RSS_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No tag has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response tagRss(
            @Parameter(description = SLUG) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.RSS, FeedScope.tag(slug), request, uri);
    }

    @GET
    @Path("/tags/{slug}.atom")
    @Produces({FeedFormat.ATOM_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readTagAtom",
            summary = "Atom 1.0 feed of a tag's articles",
            description =
                    "As the Atom feed of every article, for one tag: paged per RFC 5005, withdrawals as `at:deleted-entry`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.ATOM_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = ATOM_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No tag has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response tagAtom(
            @Parameter(description = SLUG) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.ATOM, FeedScope.tag(slug), request, uri);
    }

    @GET
    @Path("/tags/{slug}.json")
    @Produces({FeedFormat.JSON_TYPE, "application/json"})
    @Operation(
            operationId = "readTagJsonFeed",
            summary = "JSON Feed 1.1 of a tag's articles",
            description =
                    "As the JSON Feed of every article, for one tag: `next_url`, `_rights`, `_attribution`, `_tombstone`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.JSON_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Feed 1.1 document"),
                            example = JSON_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No tag has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response tagJson(
            @Parameter(description = SLUG) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.JSON, FeedScope.tag(slug), request, uri);
    }

    @GET
    @Path("/authors/{slug}.rss")
    @Produces({FeedFormat.RSS_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readAuthorRss",
            summary = "RSS 2.0 feed of an author's articles",
            description = "As the RSS feed of every article, for one author.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.RSS_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = RSS_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No public person has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response authorRss(
            @Parameter(description = AUTHOR) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.RSS, FeedScope.author(slug), request, uri);
    }

    @GET
    @Path("/authors/{slug}.atom")
    @Produces({FeedFormat.ATOM_TYPE, "application/xml", "text/xml"})
    @Operation(
            operationId = "readAuthorAtom",
            summary = "Atom 1.0 feed of an author's articles",
            description =
                    "As the Atom feed of every article, for one author: paged per RFC 5005, withdrawals as `at:deleted-entry`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.ATOM_TYPE,
                            schema = @Schema(implementation = String.class),
                            example = ATOM_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No public person has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response authorAtom(
            @Parameter(description = AUTHOR) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.ATOM, FeedScope.author(slug), request, uri);
    }

    @GET
    @Path("/authors/{slug}.json")
    @Produces({FeedFormat.JSON_TYPE, "application/json"})
    @Operation(
            operationId = "readAuthorJsonFeed",
            summary = "JSON Feed 1.1 of an author's articles",
            description =
                    "As the JSON Feed of every article, for one author: `next_url`, `_rights`, `_attribution`, `_tombstone`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed",
            content =
                    @Content(
                            mediaType = FeedFormat.JSON_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Feed 1.1 document"),
                            example = JSON_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag or date you sent")
    @APIResponse(responseCode = "400", description = "The limit or the cursor is invalid")
    @APIResponse(responseCode = "401", description = "The feed token is unknown or revoked")
    @APIResponse(responseCode = "404", description = "No public person has that slug")
    @APIResponse(responseCode = "406", description = "The Accept header allows no type this feed is written in")
    @APIResponse(responseCode = "429", description = "The feed token's key has spent its quota")
    public Response authorJson(
            @Parameter(description = AUTHOR) @PathParam("slug") String slug,
            @BeanParam FeedRequest request,
            @Context UriInfo uri) {
        return serve(FeedFormat.JSON, FeedScope.author(slug), request, uri);
    }

    private Response serve(FeedFormat format, FeedScope scope, FeedRequest request, UriInfo uri) {
        String base = uri.getBaseUri().toString();
        int limit = request.limit(feeds.pageSize());
        if (request.token == null) {
            return door.serve(
                    new Variant(Audience.ANYONE, format.mediaType),
                    () -> feeds.page(format, scope, request.cursor(), limit, null, base, request.keptQuery()),
                    () -> missing(scope));
        }
        PartnerCaller caller = tokens.authenticate(request.token).orElseThrow(FeedResource::badToken);
        String policies = quotas.policies(caller);
        Allowance left = quotas.spend(caller);
        ledger.record(caller, null, Delivery.request);
        Response answer = door.serve(
                new Variant(new Audience("partner-feed:" + caller.tier(), false), format.mediaType),
                () -> feeds.page(format, scope, request.cursor(), limit, caller.tier(), base, request.keptQuery()),
                () -> missing(scope),
                delivered -> {
                    Feeds.Delivered what = (Feeds.Delivered) delivered;
                    for (int i = 0; i < what.articleIds().size(); i++) {
                        ledger.record(
                                caller, what.articleIds().get(i), what.kinds().get(i));
                    }
                });
        return Response.fromResponse(answer)
                .header("RateLimit-Policy", policies)
                .header(
                        "RateLimit",
                        "limit=" + left.limit() + ", remaining=" + left.remaining() + ", reset=" + left.resetSeconds())
                .build();
    }

    private static ProblemException missing(FeedScope scope) {
        return switch (scope.kind()) {
            case TAG -> Problems.notFound("tag", scope.slug());
            case AUTHOR -> Problems.notFound("author", scope.slug());
            default -> Problems.notFound("feed", scope.path());
        };
    }

    private static ProblemException badToken() {
        return new ProblemException(
                401,
                "unauthorized",
                "Unauthorized",
                "The feed token is not valid: it is unknown or revoked, its key no longer works, or its partner is"
                        + " suspended. Ask for a new one (POST /api/v1/partner/feed-tokens).");
    }
}
