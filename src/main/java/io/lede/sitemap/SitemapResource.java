package io.lede.sitemap;

import io.lede.article.ArticleQueries;
import io.lede.article.ArticleQueries.Listed;
import io.lede.article.SiteConfig;
import io.lede.publishing.FrontDoor;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.publishing.Variant;
import io.lede.support.Timestamps;
import io.lede.web.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sitemaps of the public articles for search engines: an index, pages of article URLs oldest first, and a Google
 * News sitemap of the last two days. Every URL, the sitemaps' own included, is on the site URL: the frontend serves
 * these paths on the site (proxying them here), since a sitemap may only list URLs on its own host. Served through
 * the front door like every public read: ETag, 304, purged with the articles.
 */
@Path("")
@Produces("application/xml")
@Tag(name = "Sitemaps", description = "sitemaps.org and Google News sitemaps of the published articles")
public class SitemapResource {

    static final String XML = "application/xml";
    /** Google News takes articles of the last two days, at most 1,000 of them. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);

    static final int NEWS_MAX = 1000;

    static final String INDEX_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex"
            + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
            + "<loc>https://news.example.com/sitemaps/articles-1.xml</loc><lastmod>2026-11-24T09:30:00Z</lastmod>"
            + "</sitemap><sitemap><loc>https://news.example.com/sitemaps/news.xml</loc></sitemap></sitemapindex>";
    static final String URLS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset"
            + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url>"
            + "<loc>https://news.example.com/articles/council-approves-harbour-tram-line</loc>"
            + "<lastmod>2026-11-24T09:30:00Z</lastmod></url></urlset>";
    static final String NEWS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset"
            + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url>"
            + "<loc>https://news.example.com/articles/council-approves-harbour-tram-line</loc><news:news>"
            + "<news:publication><news:name>Lede Demo Newsroom</news:name><news:language>en</news:language>"
            + "</news:publication><news:publication_date>2026-11-23T12:40:00Z</news:publication_date>"
            + "<news:title>Council approves harbour tram line after six-hour debate</news:title></news:news></url>"
            + "</urlset>";

    private final ArticleQueries articles;
    private final FrontDoor door;
    private final String siteUrl;
    private final String publisher;
    private final int pageSize;

    public SitemapResource(ArticleQueries articles, FrontDoor door, SiteConfig site, SitemapConfig config) {
        this.articles = articles;
        this.door = door;
        this.siteUrl = site.siteUrl().replaceAll("/+$", "");
        this.publisher = site.publisher();
        this.pageSize = config.pageSize();
    }

    @GET
    @Path("/sitemap.xml")
    @Operation(
            operationId = "readSitemapIndex",
            summary = "The sitemap index: every article sitemap page, and the news sitemap",
            description =
                    "A sitemaps.org `sitemapindex`. Each page lists up to 50,000 articles (`lede.sitemap.page-size`),"
                            + " oldest first, so only the last page changes as articles are published.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap index",
            content =
                    @Content(mediaType = XML, schema = @Schema(implementation = String.class), example = INDEX_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The index has not changed since the ETag you sent")
    public Response index() {
        return door.serve(
                Variant.PUBLIC_XML,
                () -> {
                    List<Instant> pages = articles.pageChanges(pageSize);
                    List<SitemapXml.Entry> entries = new ArrayList<>();
                    for (int i = 0; i < pages.size(); i++) {
                        entries.add(
                                new SitemapXml.Entry(siteUrl + "/sitemaps/articles-" + (i + 1) + ".xml", pages.get(i)));
                    }
                    entries.add(new SitemapXml.Entry(siteUrl + "/sitemaps/news.xml", null));
                    Instant latest = pages.stream().max(Instant::compareTo).orElse(Instant.EPOCH);
                    return Optional.of(Representation.of(SitemapXml.index(entries), latest, SurrogateKey.ARTICLES));
                },
                null);
    }

    @GET
    @Path("/sitemaps/articles-{page: [0-9]{1,9}}.xml")
    @Operation(
            operationId = "readArticleSitemap",
            summary = "A page of article URLs with their last change",
            description = "A sitemaps.org `urlset`: the canonical URL and `lastmod` of each public article, oldest"
                    + " first.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap page",
            content =
                    @Content(mediaType = XML, schema = @Schema(implementation = String.class), example = URLS_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "There is no such page")
    public Response articles(@Parameter(description = "The page, from 1") @PathParam("page") int page) {
        return door.serve(
                Variant.PUBLIC_XML,
                () -> {
                    List<Listed> listed = page < 1 ? List.of() : articles.listedPage(page - 1, pageSize);
                    return listed.isEmpty()
                            ? Optional.empty()
                            : Optional.of(Representation.of(
                                    SitemapXml.urls(listed),
                                    Timestamps.latest(listed, Listed::updatedAt),
                                    SurrogateKey.ARTICLES));
                },
                () -> Problems.notFound("sitemap page", Integer.toString(page)));
    }

    @GET
    @Path("/sitemaps/news.xml")
    @Operation(
            operationId = "readNewsSitemap",
            summary = "The Google News sitemap: articles published in the last two days",
            description = "At most 1,000, newest first, each with `news:publication` (the publisher's name and the"
                    + " article's language), `news:publication_date` and `news:title`.")
    @APIResponse(
            responseCode = "200",
            description = "The news sitemap",
            content =
                    @Content(mediaType = XML, schema = @Schema(implementation = String.class), example = NEWS_EXAMPLE))
    @APIResponse(responseCode = "304", description = "The sitemap has not changed since the ETag you sent")
    public Response news() {
        return door.serve(
                Variant.PUBLIC_XML,
                () -> {
                    List<Listed> recent =
                            articles.publishedSince(Timestamps.now().minus(NEWS_WINDOW), NEWS_MAX);
                    return Optional.of(Representation.of(
                            SitemapXml.news(recent, publisher),
                            Timestamps.latest(recent, Listed::updatedAt),
                            SurrogateKey.ARTICLES));
                },
                null);
    }
}
