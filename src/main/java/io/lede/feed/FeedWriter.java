package io.lede.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.lede.image.ImageViews.ImageView;
import io.lede.syndication.delivery.PartnerReadViews.AuthorView;
import io.lede.syndication.delivery.PartnerReadViews.TagView;
import io.lede.syndication.delivery.Syndicated;
import io.lede.syndication.excerpt.Html;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes a {@link FeedDocument} as RSS 2.0 or Atom 1.0 (with Rome) or JSON Feed 1.1 (with Jackson). Every item's
 * HTML carries the excerpt the policy allows (or the full text a partner's tier is granted), the credit and a link
 * to the canonical article, and each format's own elements say the same: RSS {@code source} and {@code dc:rights}
 * (RSS has no per-item copyright), Atom {@code rights}, {@code link rel="license"} and {@code source}, JSON Feed
 * {@code _rights} and {@code _attribution}. Withdrawn articles are Atom {@code at:deleted-entry} (RFC 6721) and JSON
 * Feed items with {@code _tombstone}; RSS has no way to say it, so RSS readers only see the item go.
 */
public final class FeedWriter {

    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final Namespace TOMBSTONES = Namespace.getNamespace("at", "http://purl.org/atompub/tombstones/1.0");
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
    private static final String WITHDRAWN = "This article has been withdrawn by the publisher. Remove it, and any"
            + " copy of its excerpt; its credit no longer applies.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedWriter() {}

    static byte[] write(FeedFormat format, FeedDocument feed) {
        return switch (format) {
            case RSS -> rss(feed);
            case ATOM -> atom(feed);
            case JSON -> json(feed);
        };
    }

    /** The item's HTML: the image, the excerpt (or full text), then the credit and the link to the original. */
    static String itemHtml(Syndicated.Item item, String publisher) {
        StringBuilder html = new StringBuilder();
        String link = Html.escape(item.canonicalUrl());
        if (item.image() != null) {
            ImageView image = item.image();
            html.append("<p><a href=\"")
                    .append(link)
                    .append("\"><img src=\"")
                    .append(Html.escape(image.url()))
                    .append("\" alt=\"")
                    .append(Html.escape(image.alt() == null ? "" : image.alt()))
                    .append("\" width=\"")
                    .append(image.width())
                    .append("\" height=\"")
                    .append(image.height())
                    .append("\"></a></p>");
        }
        if (item.body() != null) {
            html.append(item.body().html());
        } else if (item.excerpt() != null) {
            html.append(item.excerpt().html());
        }
        html.append("<p class=\"lede-credit\">").append(item.credit().html()).append("</p>");
        html.append("<p class=\"lede-link\"><a href=\"")
                .append(link)
                .append("\" rel=\"canonical\">Read the full article at ")
                .append(Html.escape(publisher))
                .append("</a></p>");
        return html.toString();
    }

    /** A rights statement in words, for formats that have only a string for it. */
    static String rights(Syndicated.Item item) {
        StringBuilder rights = new StringBuilder(item.rights().notice());
        if (item.rights().usageTerms() != null) {
            rights.append(". ").append(item.rights().usageTerms());
        }
        return rights.append(". Terms: ").append(item.policy().url()).toString();
    }

    private static byte[] rss(FeedDocument feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setCopyright("© " + feed.publisher());
        channel.setGenerator("Lede");
        channel.setLastBuildDate(date(feed.updated()));
        channel.setPubDate(date(feed.updated()));
        channel.setDocs("https://www.rssboard.org/rss-specification");
        List<Element> links = new ArrayList<>();
        links.add(atomLink("self", feed.selfUrl(), FeedFormat.RSS_TYPE));
        if (!feed.firstPage()) {
            links.add(atomLink("first", feed.firstUrl(), FeedFormat.RSS_TYPE));
        }
        if (feed.nextUrl() != null) {
            links.add(atomLink("next", feed.nextUrl(), FeedFormat.RSS_TYPE));
        }
        channel.setForeignMarkup(links);
        List<Item> items = new ArrayList<>();
        for (Syndicated.Item article : feed.items()) {
            Item item = new Item();
            item.setTitle(article.title());
            item.setLink(article.canonicalUrl());
            Guid guid = new Guid();
            guid.setPermaLink(false);
            guid.setValue(feed.entryId(article.id()));
            item.setGuid(guid);
            Description description = new Description();
            description.setType("text/html");
            description.setValue(itemHtml(article, feed.publisher()));
            item.setDescription(description);
            item.setPubDate(date(article.publishedAt()));
            Source source = new Source();
            source.setUrl(feed.firstUrl());
            source.setValue(feed.publisher());
            item.setSource(source);
            List<Category> categories = new ArrayList<>();
            for (TagView tag : article.tags()) {
                Category category = new Category();
                category.setValue(tag.name());
                categories.add(category);
            }
            item.setCategories(categories);
            if (article.image() != null) {
                Enclosure enclosure = new Enclosure();
                enclosure.setUrl(article.image().url());
                enclosure.setType(article.image().mediaType());
                enclosure.setLength(0);
                item.setEnclosures(List.of(enclosure));
            }
            DCModule dc = new DCModuleImpl();
            dc.setCreators(article.authors().stream().map(AuthorView::name).toList());
            dc.setRights(rights(article));
            dc.setLanguage(article.language());
            item.getModules().add(dc);
            items.add(item);
        }
        channel.setItems(items);
        return output(channel);
    }

    private static byte[] atom(FeedDocument feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitle(feed.title());
        Content subtitle = new Content();
        subtitle.setType(Content.TEXT);
        subtitle.setValue(feed.description());
        atom.setSubtitle(subtitle);
        atom.setUpdated(date(feed.updated()));
        atom.setLanguage(feed.language());
        atom.setRights("© " + feed.publisher());
        Generator generator = new Generator();
        generator.setValue("Lede");
        atom.setGenerator(generator);
        atom.setAuthors(List.of(person(feed.publisher(), feed.homeUrl())));
        atom.setAlternateLinks(List.of(link("alternate", feed.homeUrl(), "text/html")));
        List<Link> links = new ArrayList<>();
        links.add(link("self", feed.selfUrl(), FeedFormat.ATOM_TYPE));
        links.add(link("first", feed.firstUrl(), FeedFormat.ATOM_TYPE));
        if (!feed.firstPage()) {
            links.add(link("current", feed.firstUrl(), FeedFormat.ATOM_TYPE));
        }
        if (feed.nextUrl() != null) {
            // RFC 5005: older entries are in the next page (paged feeds) and the previous archive (archived feeds).
            links.add(link("next", feed.nextUrl(), FeedFormat.ATOM_TYPE));
            links.add(link("prev-archive", feed.nextUrl(), FeedFormat.ATOM_TYPE));
        }
        atom.setOtherLinks(links);
        List<Entry> entries = new ArrayList<>();
        for (Syndicated.Item article : feed.items()) {
            Entry entry = new Entry();
            entry.setId(feed.entryId(article.id()));
            entry.setTitle(article.title());
            entry.setPublished(date(article.publishedAt()));
            entry.setUpdated(date(article.updatedAt()));
            entry.setAlternateLinks(List.of(link("alternate", article.canonicalUrl(), "text/html")));
            List<Link> other = new ArrayList<>();
            other.add(link("license", article.policy().url(), "application/json"));
            if (article.image() != null) {
                other.add(
                        link("enclosure", article.image().url(), article.image().mediaType()));
            }
            entry.setOtherLinks(other);
            entry.setAuthors(article.authors().stream()
                    .map(author -> (SyndPerson) person(author.name(), null))
                    .toList());
            entry.setCategories(article.tags().stream()
                    .map(tag -> {
                        com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
                        category.setTerm(tag.slug());
                        category.setLabel(tag.name());
                        return category;
                    })
                    .toList());
            entry.setRights(rights(article));
            if (article.excerpt() != null) {
                Content summary = new Content();
                summary.setType(Content.TEXT);
                summary.setValue(article.excerpt().text());
                entry.setSummary(summary);
            }
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(itemHtml(article, feed.publisher()));
            entry.setContents(List.of(content));
            Feed source = new Feed();
            source.setId(feed.id());
            source.setTitle(feed.publisher());
            source.setUpdated(date(article.updatedAt()));
            source.setRights(article.rights().notice());
            source.setAlternateLinks(List.of(link("alternate", article.canonicalUrl(), "text/html")));
            source.setOtherLinks(List.of(link("self", feed.firstUrl(), FeedFormat.ATOM_TYPE)));
            entry.setSource(source);
            entries.add(entry);
        }
        atom.setEntries(entries);
        List<Element> tombstones = new ArrayList<>();
        for (Syndicated.Withdrawal withdrawal : feed.withdrawals()) {
            Element deleted = new Element("deleted-entry", TOMBSTONES)
                    .setAttribute("ref", feed.entryId(withdrawal.id()))
                    .setAttribute("when", rfc3339(withdrawal.withdrawnAt()));
            deleted.addContent(new Element("link", TOMBSTONES).setAttribute("href", withdrawal.canonicalUrl()));
            deleted.addContent(new Element("comment", TOMBSTONES).setText(WITHDRAWN));
            tombstones.add(deleted);
        }
        atom.setForeignMarkup(tombstones);
        return output(atom);
    }

    private static byte[] json(FeedDocument feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", JSON_FEED_VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.homeUrl());
        json.put("feed_url", feed.firstUrl());
        json.put("description", feed.description());
        if (feed.nextUrl() != null) {
            json.put("next_url", feed.nextUrl());
        }
        json.put("language", feed.language());
        json.put("authors", List.of(Map.of("name", feed.publisher(), "url", feed.homeUrl())));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Syndicated.Withdrawal withdrawal : feed.withdrawals()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", feed.entryId(withdrawal.id()));
            item.put("url", withdrawal.canonicalUrl());
            item.put("content_text", WITHDRAWN);
            item.put("date_modified", rfc3339(withdrawal.withdrawnAt()));
            Map<String, Object> tombstone = new LinkedHashMap<>();
            tombstone.put("status", "canceled");
            tombstone.put("withdrawn_at", rfc3339(withdrawal.withdrawnAt()));
            tombstone.put("canonical_url", withdrawal.canonicalUrl());
            item.put("_tombstone", tombstone);
            items.add(item);
        }
        for (Syndicated.Item article : feed.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", feed.entryId(article.id()));
            item.put("url", article.canonicalUrl());
            item.put("title", article.title());
            item.put("content_html", itemHtml(article, feed.publisher()));
            if (article.dek() != null) {
                item.put("summary", article.dek());
            }
            if (article.image() != null) {
                item.put("image", article.image().url());
            }
            item.put("date_published", rfc3339(article.publishedAt()));
            item.put("date_modified", rfc3339(article.updatedAt()));
            item.put(
                    "authors",
                    article.authors().stream()
                            .map(author -> Map.of("name", author.name()))
                            .toList());
            item.put("tags", article.tags().stream().map(TagView::name).toList());
            if (article.language() != null) {
                item.put("language", article.language());
            }
            Map<String, Object> rights = new LinkedHashMap<>();
            rights.put("notice", article.rights().notice());
            rights.put("copyright_holder", article.rights().copyrightHolder());
            rights.put("copyright_year", article.rights().copyrightYear());
            rights.put("usage_terms", article.rights().usageTerms());
            rights.put("license", article.policy().url());
            rights.put(
                    "policy",
                    Map.of(
                            "id",
                            article.policy().id(),
                            "version",
                            article.policy().version(),
                            "url",
                            article.policy().url()));
            rights.put("tdm_reserved", article.rights().tdmReserved());
            rights.put("full_text", article.body() != null);
            item.put("_rights", rights);
            Map<String, Object> attribution = new LinkedHashMap<>();
            attribution.put("text", article.credit().text());
            attribution.put("html", article.credit().html());
            attribution.put("canonical_url", article.canonicalUrl());
            item.put("_attribution", attribution);
            items.add(item);
        }
        json.put("items", items);
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] output(com.rometools.rome.feed.WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the " + feed.getFeedType() + " feed", e);
        }
    }

    private static Element atomLink(String rel, String href, String type) {
        return new Element("link", ATOM)
                .setAttribute("rel", rel)
                .setAttribute("href", href)
                .setAttribute("type", type);
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static com.rometools.rome.feed.atom.Person person(String name, String uri) {
        com.rometools.rome.feed.atom.Person person = new com.rometools.rome.feed.atom.Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Date date(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
