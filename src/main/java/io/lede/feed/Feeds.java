package io.lede.feed;

import io.lede.article.ArticleFilter;
import io.lede.article.PersonService;
import io.lede.article.SiteConfig;
import io.lede.article.TagService;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.support.Timestamps;
import io.lede.syndication.Delivery;
import io.lede.syndication.delivery.PartnerReads;
import io.lede.syndication.delivery.Syndicated;
import io.lede.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds feed pages from what partner reads would hand the same audience: the public gets the excerpt of each
 * article's policy in force (never the full text), a partner's token its tier's cut. Newest first, keyset paged;
 * the first page also names the articles withdrawn within {@link FeedConfig#tombstoneWindow()}.
 */
@ApplicationScoped
public class Feeds {

    /**
     * Entry ids are tag URIs (RFC 4151) on the site's host with this fixed date: it must never change, or every id
     * would. The numeric article id follows, so a new title, slug or canonical URL never makes a new entry.
     */
    static final String ID_DATE = "2026";

    /** What a partner's feed page delivered, for its usage ledger each time it is sent. */
    record Delivered(List<Long> articleIds, List<Delivery> kinds) {}

    private final PartnerReads reads;
    private final TagService tags;
    private final PersonService people;
    private final SiteConfig site;
    private final FeedConfig config;

    public Feeds(PartnerReads reads, TagService tags, PersonService people, SiteConfig site, FeedConfig config) {
        this.reads = reads;
        this.tags = tags;
        this.people = people;
        this.site = site;
        this.config = config;
    }

    int pageSize() {
        return config.pageSize();
    }

    /** The page, or empty when the tag or author is not public. */
    public Optional<Representation> page(
            FeedFormat format, FeedScope scope, Cursor cursor, int limit, String tier, String base, String query) {
        String publisher = site.publisher();
        String title;
        String description;
        ArticleFilter filter;
        SurrogateKey scopeKey;
        switch (scope.kind()) {
            case TAG -> {
                var tag = tags.find(scope.slug());
                if (tag.isEmpty()) {
                    return Optional.empty();
                }
                title = publisher + ": " + tag.get().name();
                description = "Articles tagged " + tag.get().name() + " from " + publisher;
                filter = new ArticleFilter(scope.slug(), null, null, null);
                scopeKey = SurrogateKey.tag(tag.get().id());
            }
            case AUTHOR -> {
                var person = people.findPublic(scope.slug());
                if (person.isEmpty()) {
                    return Optional.empty();
                }
                title = publisher + ": " + person.get().name();
                description = "Articles by " + person.get().name() + " from " + publisher;
                filter = new ArticleFilter(null, scope.slug(), null, null);
                scopeKey = SurrogateKey.person(person.get().id());
            }
            default -> {
                title = publisher;
                description = "The latest articles from " + publisher;
                filter = new ArticleFilter(null, null, null, null);
                scopeKey = null;
            }
        }
        Syndicated.Page page = reads.syndicated(filter, cursor, limit, tier, base);
        Instant now = Timestamps.now();
        List<Syndicated.Withdrawal> withdrawals = cursor == null
                ? reads.withdrawn(filter, now.minus(config.tombstoneWindow()), config.maxTombstones())
                : List.of();
        Instant lastModified = page.lastModified();
        Instant freshUntil = page.freshUntil();
        for (Syndicated.Withdrawal withdrawal : withdrawals) {
            if (withdrawal.withdrawnAt().isAfter(lastModified)) {
                lastModified = withdrawal.withdrawnAt();
            }
            // The page changes when the oldest tombstone leaves the window.
            Instant leaves = withdrawal.withdrawnAt().plus(config.tombstoneWindow());
            freshUntil = freshUntil == null || leaves.isBefore(freshUntil) ? leaves : freshUntil;
        }
        String path = scope.path() + "." + format.extension;
        String first = Links.url(base, path, query);
        String self = cursor == null ? first : Links.url(base, path, Links.and(query, "cursor=" + cursor.encode()));
        String next = page.nextCursor() == null
                ? null
                : Links.url(base, path, Links.and(query, "cursor=" + Links.encode(page.nextCursor())));
        String siteUrl = site.siteUrl().replaceAll("/+$", "");
        FeedDocument document = new FeedDocument(
                "tag:" + host(siteUrl) + "," + ID_DATE + ":" + scope.path(),
                title,
                description,
                siteUrl,
                self,
                first,
                next,
                base,
                publisher,
                "en",
                lastModified,
                page.items(),
                withdrawals,
                "tag:" + host(siteUrl) + "," + ID_DATE + ":");
        List<SurrogateKey> keys = new ArrayList<>(page.keys());
        keys.add(0, FEEDS);
        if (scopeKey != null) {
            keys.add(scopeKey);
        }
        withdrawals.forEach(w -> keys.add(SurrogateKey.article(w.id())));
        Representation representation = new Representation(
                        FeedWriter.write(format, document),
                        lastModified,
                        keys.stream().distinct().toList(),
                        List.of())
                .freshUntil(freshUntil);
        if (tier != null) {
            representation = representation.noting(delivered(page, tier));
        }
        return Optional.of(representation);
    }

    /** Every feed answer: a CDN purges them all with this key. */
    static final SurrogateKey FEEDS = new SurrogateKey("feeds");

    private static Delivered delivered(Syndicated.Page page, String tier) {
        List<Long> ids = new ArrayList<>();
        List<Delivery> kinds = new ArrayList<>();
        for (Syndicated.Item item : page.items()) {
            ids.add(item.id());
            kinds.add(
                    item.body() != null
                            ? Delivery.fullText
                            : item.excerpt() != null ? Delivery.excerpt : Delivery.request);
        }
        return new Delivered(List.copyOf(ids), List.copyOf(kinds));
    }

    private static String host(String siteUrl) {
        String host = URI.create(siteUrl).getHost();
        return host == null ? "localhost" : host;
    }
}
