package io.lede.syndication.delivery;

import io.lede.article.Article;
import io.lede.article.ArticleFilter;
import io.lede.article.ArticleMapper;
import io.lede.article.ArticleStatus;
import io.lede.article.ArticleVisibility;
import io.lede.article.SiteConfig;
import io.lede.image.ImageService;
import io.lede.image.ImageViews.ImageView;
import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.quote.Quote;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.syndication.attribution.Credit;
import io.lede.syndication.attribution.CreditFacts;
import io.lede.syndication.attribution.CreditTemplate;
import io.lede.syndication.delivery.PartnerReadViews.AttributionView;
import io.lede.syndication.delivery.PartnerReadViews.AuthorView;
import io.lede.syndication.delivery.PartnerReadViews.ExcerptView;
import io.lede.syndication.delivery.PartnerReadViews.FullText;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticle;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticlePage;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticleSummary;
import io.lede.syndication.delivery.PartnerReadViews.PartnerQuote;
import io.lede.syndication.delivery.PartnerReadViews.PartnerQuotePage;
import io.lede.syndication.delivery.PartnerReadViews.QuoteArticle;
import io.lede.syndication.delivery.PartnerReadViews.RightsView;
import io.lede.syndication.delivery.PartnerReadViews.SpeakerView;
import io.lede.syndication.delivery.PartnerReadViews.TagView;
import io.lede.syndication.delivery.PartnerReadViews.Tombstone;
import io.lede.syndication.excerpt.Excerpt;
import io.lede.syndication.excerpt.ExcerptCutter;
import io.lede.syndication.policy.EffectivePolicy;
import io.lede.syndication.policy.PolicyCascade;
import io.lede.syndication.policy.PolicyTerms;
import io.lede.syndication.policy.PolicyViewMapper;
import io.lede.syndication.policy.PolicyViews.PolicyRef;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds what partners read, under the policy in force for each article and the caller's tier: the excerpt cut on
 * the server, the body only for a granted tier, rights, a ready attribution, and the headers that name the original
 * and the terms. A policy's prohibitions are applied here, before anything is serialised: what it forbids is never
 * put into a view, so no field can carry it. Drafts, scheduled articles and unconfirmed quotations are never read.
 */
@ApplicationScoped
public class PartnerReads {

    private final EntityManager em;
    private final PolicyCascade cascade;
    private final ArticleMapper articles;
    private final SiteConfig site;

    /** A thumbnail is at most this wide, as robots' {@code max-image-preview} means by one. */
    static final int THUMBNAIL_WIDTH = 320;

    private final ImageService images;

    public PartnerReads(
            EntityManager em, PolicyCascade cascade, ArticleMapper articles, SiteConfig site, ImageService images) {
        this.images = images;
        this.em = em;
        this.cascade = cascade;
        this.articles = articles;
        this.site = site;
    }

    /**
     * The article as this tier may have it; empty (404) when there is no public article by that slug or its
     * embargo has not ended; {@link ArticleWithdrawn} (410) when it was public and has been taken down.
     */
    @Transactional
    public Optional<Representation> article(String slug, String tier, String apiBase) {
        Instant now = Timestamps.now();
        Optional<Article> found = Article.findBySlug(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        if (!article.isPublicAt(now)) {
            if (article.statusAt(now) == ArticleStatus.UNPUBLISHED && article.firstPublishedAt != null) {
                throw new ArticleWithdrawn(new Tombstone(
                        article.id, article.slug, canonical(article), PublicationStatus.CANCELED, article.updatedAt));
            }
            return Optional.empty();
        }
        EffectivePolicy policy = cascade.forArticle(article.id);
        PolicyTerms terms = policy.terms();
        if (terms.embargoedAt(now)) {
            return Optional.empty();
        }
        PolicyRef ref = PolicyViewMapper.ref(policy, apiBase);
        List<AuthorView> authors = article.authors.stream()
                .map(p -> new AuthorView(p.slug, p.name))
                .toList();
        List<TagView> tags =
                article.tags.stream().map(t -> new TagView(t.slug, t.name)).toList();
        String canonical = canonical(article);
        RightsView rights = rights(article, terms, tier);
        Credit credit = credit(article, authors, canonical, terms);
        ImageView featured = article.featuredImage == null ? null : images.view(article.featuredImage);
        PartnerArticle view = new PartnerArticle(
                article.id,
                article.slug,
                article.title,
                terms.excerptsAllowed() ? article.dek : null,
                article.language,
                article.publishAt,
                article.updatedAt,
                canonical,
                authors,
                tags,
                excerpt(article, terms),
                image(featured, terms),
                terms.grantsFullText(tier) ? new FullText(article.bodyHtml, article.bodyText) : null,
                rights,
                new AttributionView(
                        credit.text(),
                        credit.html(),
                        credit.markdown(),
                        newsArticleJsonLd(article, authors, canonical, rights, credit, ref)),
                ref);
        Representation representation = Representation.of(
                        view,
                        featured == null ? article.updatedAt : featured.changedSince(article.updatedAt),
                        SurrogateKey.article(article.id),
                        new SurrogateKey("policy-" + policy.id()))
                .withKeys(featured == null ? List.of() : List.of(featured.id()), SurrogateKey::image)
                .withHeader("Link", links(canonical, ref));
        if (terms.tdmReserved()) {
            representation = representation.withHeader("tdm-reservation", "1").withHeader("tdm-policy", ref.url());
        }
        return Optional.of(representation);
    }

    /** Public articles with the public filters, newest first, embargoed ones left out. */
    @Transactional
    public Representation list(ArticleFilter filter, Cursor after, int limit, String tier, String apiBase) {
        Instant now = Timestamps.now();
        List<Article> rows = new JpqlQuery("select a from Article a where " + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, now)
                .and(
                        "exists (select 1 from Article x join x.tags t where x.id = a.id and t.slug = :tag)",
                        "tag",
                        filter.tag())
                .and(
                        "exists (select 1 from Article x join x.authors p where x.id = a.id and p.slug = :author)",
                        "author",
                        filter.author())
                .and("a.publishAt >= :since", "since", filter.since())
                .and("a.publishAt < :until", "until", filter.until())
                .after(after, "a.publishAt", "a.id")
                .orderBy("a.publishAt desc, a.id desc", em, Article.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Article> page = Paging.page(rows, limit, a -> Cursor.after(a.publishAt, a.id));
        List<Long> ids = page.items().stream().map(a -> a.id).toList();
        Map<Long, EffectivePolicy> policies = cascade.forArticles(ids);
        Map<Long, List<AuthorView>> authors = authorsOf(ids);
        Map<Long, List<TagView>> tags = tagsOf(ids);
        Map<Long, ImageView> featured = images.views(page.items().stream()
                .filter(a -> a.featuredImage != null)
                .map(a -> a.featuredImage.id)
                .toList());
        List<PartnerArticleSummary> items = new ArrayList<>();
        Instant freshUntil = null;
        Instant lastModified = Instant.EPOCH;
        List<SurrogateKey> keys = new ArrayList<>();
        for (Article article : page.items()) {
            EffectivePolicy policy = policies.get(article.id);
            PolicyTerms terms = policy.terms();
            if (terms.embargoedAt(now)) {
                freshUntil = freshUntil == null || terms.embargoUntil().isBefore(freshUntil)
                        ? terms.embargoUntil()
                        : freshUntil;
                continue;
            }
            List<AuthorView> byline = authors.getOrDefault(article.id, List.of());
            String canonical = canonical(article);
            items.add(new PartnerArticleSummary(
                    article.id,
                    article.slug,
                    article.title,
                    terms.excerptsAllowed() ? article.dek : null,
                    article.publishAt,
                    canonical,
                    byline,
                    tags.getOrDefault(article.id, List.of()),
                    excerpt(article, terms),
                    image(article.featuredImage == null ? null : featured.get(article.featuredImage.id), terms),
                    rights(article, terms, tier),
                    credit(article, byline, canonical, terms).text(),
                    PolicyViewMapper.ref(policy, apiBase)));
            keys.add(SurrogateKey.article(article.id));
            keys.add(new SurrogateKey("policy-" + policy.id()));
            if (article.updatedAt.isAfter(lastModified)) {
                lastModified = article.updatedAt;
            }
            if (article.featuredImage != null && featured.containsKey(article.featuredImage.id)) {
                ImageView image = featured.get(article.featuredImage.id);
                keys.add(SurrogateKey.image(image.id()));
                lastModified = image.changedSince(lastModified);
            }
        }
        keys.add(0, SurrogateKey.ARTICLES);
        return new Representation(
                        new PartnerArticlePage(items, page.nextCursor()),
                        lastModified,
                        keys.stream().distinct().toList(),
                        List.of())
                .freshUntil(freshUntil);
    }

    /**
     * Public articles with the public filters, newest first, as a feed carries them for this tier (null: the public,
     * which never gets full text); embargoed ones are left out until their time, when the page must be rebuilt.
     */
    @Transactional
    public Syndicated.Page syndicated(ArticleFilter filter, Cursor after, int limit, String tier, String apiBase) {
        Instant now = Timestamps.now();
        List<Article> rows = new JpqlQuery("select a from Article a where " + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, now)
                .and(
                        "exists (select 1 from Article x join x.tags t where x.id = a.id and t.slug = :tag)",
                        "tag",
                        filter.tag())
                .and(
                        "exists (select 1 from Article x join x.authors p where x.id = a.id and p.slug = :author)",
                        "author",
                        filter.author())
                .after(after, "a.publishAt", "a.id")
                .orderBy("a.publishAt desc, a.id desc", em, Article.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Article> page = Paging.page(rows, limit, a -> Cursor.after(a.publishAt, a.id));
        List<Long> ids = page.items().stream().map(a -> a.id).toList();
        Map<Long, EffectivePolicy> policies = cascade.forArticles(ids);
        Map<Long, List<AuthorView>> authors = authorsOf(ids);
        Map<Long, List<TagView>> tags = tagsOf(ids);
        Map<Long, ImageView> featured = images.views(page.items().stream()
                .filter(a -> a.featuredImage != null)
                .map(a -> a.featuredImage.id)
                .toList());
        List<Syndicated.Item> items = new ArrayList<>();
        Instant freshUntil = null;
        Instant lastModified = Instant.EPOCH;
        List<SurrogateKey> keys = new ArrayList<>();
        keys.add(SurrogateKey.ARTICLES);
        for (Article article : page.items()) {
            EffectivePolicy policy = policies.get(article.id);
            PolicyTerms terms = policy.terms();
            if (terms.embargoedAt(now)) {
                freshUntil = freshUntil == null || terms.embargoUntil().isBefore(freshUntil)
                        ? terms.embargoUntil()
                        : freshUntil;
                continue;
            }
            List<AuthorView> byline = authors.getOrDefault(article.id, List.of());
            String canonical = canonical(article);
            ImageView image = article.featuredImage == null ? null : featured.get(article.featuredImage.id);
            items.add(new Syndicated.Item(
                    article.id,
                    article.slug,
                    article.title,
                    terms.excerptsAllowed() ? article.dek : null,
                    article.language,
                    article.publishAt,
                    article.updatedAt,
                    canonical,
                    byline,
                    tags.getOrDefault(article.id, List.of()),
                    excerpt(article, terms),
                    image(image, terms),
                    terms.grantsFullText(tier) ? new FullText(article.bodyHtml, article.bodyText) : null,
                    rights(article, terms, tier),
                    credit(article, byline, canonical, terms),
                    PolicyViewMapper.ref(policy, apiBase)));
            keys.add(SurrogateKey.article(article.id));
            keys.add(new SurrogateKey("policy-" + policy.id()));
            if (article.updatedAt.isAfter(lastModified)) {
                lastModified = article.updatedAt;
            }
            if (image != null) {
                keys.add(SurrogateKey.image(image.id()));
                lastModified = image.changedSince(lastModified);
            }
        }
        return new Syndicated.Page(
                items, page.nextCursor(), lastModified, keys.stream().distinct().toList(), freshUntil);
    }

    /**
     * Articles with the filters that were public and were withdrawn (unpublished) at or after {@code since}, most
     * recently withdrawn first, at most {@code max} of them. A deleted article leaves nothing to report.
     */
    @Transactional
    public List<Syndicated.Withdrawal> withdrawn(ArticleFilter filter, Instant since, int max) {
        return new JpqlQuery("select a from Article a where a.status = io.lede.article.ArticleStatus.UNPUBLISHED"
                        + " and a.firstPublishedAt is not null and a.updatedAt >= :since")
                .with("since", since)
                .and(
                        "exists (select 1 from Article x join x.tags t where x.id = a.id and t.slug = :tag)",
                        "tag",
                        filter.tag())
                .and(
                        "exists (select 1 from Article x join x.authors p where x.id = a.id and p.slug = :author)",
                        "author",
                        filter.author())
                .orderBy("a.updatedAt desc, a.id desc", em, Article.class)
                .setMaxResults(max)
                .getResultStream()
                .map(a -> new Syndicated.Withdrawal(a.id, a.slug, canonical(a), a.updatedAt))
                .toList();
    }

    /** Confirmed quotations of public articles whose policy lets quotations and excerpts go, newest first. */
    @Transactional
    public Representation quotes(
            String articleSlug, String speakerSlug, Cursor after, int limit, String tier, String apiBase) {
        Instant now = Timestamps.now();
        List<Quote> rows = new JpqlQuery("select q from Quote q join fetch q.article a left join fetch q.speaker s"
                        + " where q.status = io.lede.quote.QuoteStatus.CONFIRMED and " + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, now)
                .and("a.slug = :article", "article", articleSlug)
                .and("s.slug = :speaker", "speaker", speakerSlug)
                .after(after, "a.publishAt", "q.id")
                .orderBy("a.publishAt desc, q.id desc", em, Quote.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Quote> page = Paging.page(rows, limit, q -> Cursor.after(q.article.publishAt, q.id));
        Map<Long, EffectivePolicy> policies = cascade.forArticles(
                page.items().stream().map(q -> q.article.id).distinct().toList());
        Map<Long, List<AuthorView>> authors = authorsOf(new ArrayList<>(policies.keySet()));
        List<PartnerQuote> items = new ArrayList<>();
        Instant freshUntil = null;
        Instant lastModified = Instant.EPOCH;
        List<SurrogateKey> keys = new ArrayList<>();
        for (Quote quote : page.items()) {
            EffectivePolicy policy = policies.get(quote.article.id);
            if (policy.terms().embargoedAt(now)) {
                Instant until = policy.terms().embargoUntil();
                freshUntil = freshUntil == null || until.isBefore(freshUntil) ? until : freshUntil;
                continue;
            }
            if (!syndicable(policy.terms())) {
                continue;
            }
            items.add(quoteView(quote, policy, authors.getOrDefault(quote.article.id, List.of()), tier, apiBase));
            keys.add(SurrogateKey.article(quote.article.id));
            keys.add(new SurrogateKey("policy-" + policy.id()));
            Instant changed =
                    quote.updatedAt.isAfter(quote.article.updatedAt) ? quote.updatedAt : quote.article.updatedAt;
            if (changed.isAfter(lastModified)) {
                lastModified = changed;
            }
        }
        keys.add(0, SurrogateKey.QUOTES);
        return new Representation(
                        new PartnerQuotePage(items, page.nextCursor()),
                        lastModified,
                        keys.stream().distinct().toList(),
                        List.of())
                .freshUntil(freshUntil);
    }

    /** One quotation, when its article's policy lets it go; empty (404) otherwise. */
    @Transactional
    public Optional<Representation> quote(long id, String tier, String apiBase) {
        Instant now = Timestamps.now();
        Optional<Quote> found = em.createQuery(
                        "select q from Quote q join fetch q.article a left join fetch q.speaker s where q.id = :id"
                                + " and q.status = io.lede.quote.QuoteStatus.CONFIRMED and "
                                + ArticleVisibility.PUBLIC,
                        Quote.class)
                .setParameter("id", id)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quote quote = found.get();
        EffectivePolicy policy = cascade.forArticle(quote.article.id);
        if (policy.terms().embargoedAt(now) || !syndicable(policy.terms())) {
            return Optional.empty();
        }
        List<AuthorView> authors = quote.article.authors.stream()
                .map(p -> new AuthorView(p.slug, p.name))
                .toList();
        PartnerQuote view = quoteView(quote, policy, authors, tier, apiBase);
        Representation representation = Representation.of(
                        view,
                        quote.updatedAt.isAfter(quote.article.updatedAt) ? quote.updatedAt : quote.article.updatedAt,
                        SurrogateKey.article(quote.article.id),
                        new SurrogateKey("policy-" + policy.id()))
                .withHeader("Link", links(view.article().canonicalUrl(), view.policy()));
        if (policy.terms().tdmReserved()) {
            representation = representation
                    .withHeader("tdm-reservation", "1")
                    .withHeader("tdm-policy", view.policy().url());
        }
        return Optional.of(representation);
    }

    /** A quotation is text of the article: it goes only where quotations and excerpts both may. */
    private static boolean syndicable(PolicyTerms terms) {
        return terms.quotationsAllowed() && terms.excerptsAllowed();
    }

    private PartnerQuote quoteView(
            Quote quote, EffectivePolicy policy, List<AuthorView> authors, String tier, String apiBase) {
        Article article = quote.article;
        PolicyRef ref = PolicyViewMapper.ref(policy, apiBase);
        String canonical = canonical(article);
        RightsView rights = rights(article, policy.terms(), tier);
        Credit credit = credit(article, authors, canonical, policy.terms());
        SpeakerView speaker = quote.speaker == null
                ? new SpeakerView(null, quote.mentionText)
                : new SpeakerView(quote.speaker.slug, quote.speaker.name);
        Map<String, Object> jsonLd = new LinkedHashMap<>();
        jsonLd.put("@context", "https://schema.org");
        jsonLd.put("@type", "Quotation");
        jsonLd.put("text", quote.text);
        if (speaker.name() != null) {
            boolean organisation = quote.speakerKind == io.lede.quote.extraction.SpeakerKind.ORGANISATION;
            jsonLd.put(
                    "spokenByCharacter",
                    Map.of("@type", organisation ? "Organization" : "Person", "name", speaker.name()));
        }
        jsonLd.put("isBasedOn", canonical);
        jsonLd.put("url", canonical);
        jsonLd.put("isPartOf", Map.of("@type", "NewsArticle", "headline", article.title, "url", canonical));
        jsonLd.put("creditText", credit.text());
        jsonLd.put("copyrightHolder", Map.of("@type", "Organization", "name", rights.copyrightHolder()));
        if (rights.copyrightYear() != null) {
            jsonLd.put("copyrightYear", rights.copyrightYear());
        }
        jsonLd.put("license", ref.url());
        return new PartnerQuote(
                quote.id,
                quote.text,
                speaker,
                new QuoteArticle(article.slug, article.title, canonical, article.publishAt),
                rights,
                new AttributionView(credit.text(), credit.html(), credit.markdown(), jsonLd),
                ref);
    }

    private static ExcerptView excerpt(Article article, PolicyTerms terms) {
        if (!terms.excerptsAllowed()) {
            return null;
        }
        Excerpt excerpt = ExcerptCutter.cut(article.bodyText, terms.excerptLimits(), locale(article.language));
        return new ExcerptView(excerpt.text(), excerpt.html(), excerpt.truncated(), excerpt.reason());
    }

    private RightsView rights(Article article, PolicyTerms terms, String tier) {
        String holder = article.copyrightHolder != null ? article.copyrightHolder : site.publisher();
        Integer year = article.copyrightYear;
        if (year == null) {
            Instant first = article.firstPublishedAt != null ? article.firstPublishedAt : article.publishAt;
            year = first == null ? null : first.atZone(ZoneOffset.UTC).getYear();
        }
        String notice = "© " + (year == null ? "" : year + " ") + holder;
        boolean anyText = terms.excerptsAllowed() || terms.grantsFullText(tier);
        return new RightsView(
                holder,
                year,
                notice,
                terms.usageTerms() != null ? terms.usageTerms() : article.rightsStatement,
                anyText ? PublicationStatus.USABLE : PublicationStatus.WITHHELD,
                terms.tdmReserved());
    }

    private Credit credit(Article article, List<AuthorView> authors, String canonical, PolicyTerms terms) {
        String holder = article.copyrightHolder != null ? article.copyrightHolder : site.publisher();
        return CreditTemplate.render(
                terms.creditTemplate(),
                new CreditFacts(
                        article.title,
                        site.publisher(),
                        canonical,
                        authors.stream().map(AuthorView::name).collect(Collectors.joining(" and ")),
                        holder,
                        article.copyrightYear));
    }

    private Map<String, Object> newsArticleJsonLd(
            Article article,
            List<AuthorView> authors,
            String canonical,
            RightsView rights,
            Credit credit,
            PolicyRef policy) {
        Map<String, Object> jsonLd = new LinkedHashMap<>();
        jsonLd.put("@context", "https://schema.org");
        jsonLd.put("@type", "NewsArticle");
        jsonLd.put("headline", article.title);
        jsonLd.put("url", canonical);
        jsonLd.put("isBasedOn", canonical);
        jsonLd.put("inLanguage", article.language);
        if (article.publishAt != null) {
            jsonLd.put("datePublished", article.publishAt.toString());
        }
        if (!authors.isEmpty()) {
            jsonLd.put(
                    "author",
                    authors.stream()
                            .map(a -> Map.of("@type", "Person", "name", a.name()))
                            .toList());
        }
        jsonLd.put("publisher", Map.of("@type", "Organization", "name", site.publisher(), "url", site.siteUrl()));
        jsonLd.put("creditText", credit.text());
        jsonLd.put("copyrightHolder", Map.of("@type", "Organization", "name", rights.copyrightHolder()));
        if (rights.copyrightYear() != null) {
            jsonLd.put("copyrightYear", rights.copyrightYear());
        }
        jsonLd.put("copyrightNotice", rights.notice());
        jsonLd.put("license", policy.url());
        return jsonLd;
    }

    static String links(String canonical, PolicyRef policy) {
        return "<" + canonical + ">; rel=\"canonical\", <" + canonical + ">; rel=\"cite-as\", <" + policy.url()
                + ">; rel=\"license\"";
    }

    private String canonical(Article article) {
        return articles.canonicalUrl(article.canonicalUrl, article.slug);
    }

    private static Locale locale(String language) {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    private Map<Long, List<AuthorView>> authorsOf(List<Long> ids) {
        Map<Long, List<AuthorView>> authors = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return authors;
        }
        em.createQuery(
                        "select a.id, p.slug, p.name from Article a join a.authors p where a.id in :ids"
                                + " order by a.id, index(p)",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> authors.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new AuthorView((String) row[1], (String) row[2])));
        return authors;
    }

    private Map<Long, List<TagView>> tagsOf(List<Long> ids) {
        Map<Long, List<TagView>> tags = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        em.createQuery(
                        "select a.id, t.slug, t.name from Article a join a.tags t where a.id in :ids order by t.name",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new TagView((String) row[1], (String) row[2])));
        return tags;
    }

    /** The featured image as far as the policy lets partners show it. */
    private ImageView image(ImageView featured, PolicyTerms terms) {
        if (featured == null) {
            return null;
        }
        return switch (terms.imagePreview()) {
            case none -> null;
            case thumbnail -> images.atMost(featured, THUMBNAIL_WIDTH);
            case standard -> featured;
        };
    }
}
