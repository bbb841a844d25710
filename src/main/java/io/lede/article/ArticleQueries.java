package io.lede.article;

import io.lede.article.ArticleViews.ArticleSummary;
import io.lede.article.ArticleViews.ArticleView;
import io.lede.article.ArticleViews.AuthorRef;
import io.lede.article.ArticleViews.StaffArticleSummary;
import io.lede.article.ArticleViews.TagRef;
import io.lede.image.ImageService;
import io.lede.image.ImageViews.ImageView;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Public reads of published articles. A list page costs four statements whatever its size (five with its total): the
 * page itself, then the authors, the tags and the visible-comment counts of every article on it; one more reads the
 * featured images when any article on the page has one.
 */
@ApplicationScoped
public class ArticleQueries {

    private final EntityManager em;
    private final ArticleMapper mapper;
    private final CommentCountSource comments;
    private final ArticleFinder search;
    private final ImageService images;

    public ArticleQueries(
            EntityManager em,
            ArticleMapper mapper,
            CommentCountSource comments,
            ArticleFinder search,
            ImageService images) {
        this.search = search;
        this.images = images;
        this.em = em;
        this.mapper = mapper;
        this.comments = comments;
    }

    /** A row of the list query: what a summary needs from the article table itself. */
    public record SummaryRow(
            long id,
            String slug,
            String title,
            String dek,
            String excerpt,
            Instant publishAt,
            Instant updatedAt,
            long commentCount,
            Long featuredImageId) {}

    /** A page of summaries and the newest change among them, for Last-Modified. */
    public record SummaryPage(Page<ArticleSummary> page, Long total, Instant lastModified) {}

    /** A public article as a sitemap lists it. */
    public record Listed(String url, String title, String language, Instant publishedAt, Instant updatedAt) {}

    /**
     * The latest change on each page of public articles, oldest first, {@code size} to a page: one statement over
     * the public index whatever the number of pages.
     */
    @Transactional
    public List<Instant> pageChanges(int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select page, max(updated_at) from (select (row_number() over"
                        + " (order by a.publish_at, a.id) - 1) / :size as page, a.updated_at from article a where "
                        + ArticleVisibility.publicAtSql("a") + ") p group by page order by page")
                .setParameter("size", size)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultList();
        return rows.stream().map(row -> Timestamps.instant(row[1])).toList();
    }

    /** Page {@code page} (from 0) of public articles, oldest first, {@code size} to a page. */
    @Transactional
    public List<Listed> listedPage(int page, int size) {
        return listed(new JpqlQuery(LISTED + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, Timestamps.now())
                .orderBy("a.publishAt asc, a.id asc", em, Object[].class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList());
    }

    /** Public articles published at or after {@code since}, newest first, at most {@code max}. */
    @Transactional
    public List<Listed> publishedSince(Instant since, int max) {
        return listed(new JpqlQuery(LISTED + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, Timestamps.now())
                .and("a.publishAt >= :since", "since", since)
                .orderBy("a.publishAt desc, a.id desc", em, Object[].class)
                .setMaxResults(max)
                .getResultList());
    }

    private static final String LISTED =
            "select a.slug, a.canonicalUrl, a.title, a.language, a.publishAt, a.updatedAt from Article a where ";

    private List<Listed> listed(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new Listed(
                        mapper.canonicalUrl((String) row[1], (String) row[0]),
                        (String) row[2],
                        (String) row[3],
                        (Instant) row[4],
                        (Instant) row[5]))
                .toList();
    }

    /** An article in any state, by id or slug, and its state now. */
    public record ArticleRef(long id, String slug, ArticleStatus status) {}

    @Transactional
    public Optional<ArticleRef> find(String idOrSlug) {
        Instant now = Timestamps.now();
        return Article.findByIdOrSlug(idOrSlug)
                .map(article -> new ArticleRef(article.id, article.slug, article.statusAt(now)));
    }

    /**
     * The article in any state as the public article view would show it once published: a draft shows the time of
     * the preview as its publication time, a scheduled article its scheduled time.
     */
    @Transactional
    public Optional<ArticleView> asPublished(long id) {
        return Optional.ofNullable(em.find(Article.class, id))
                .map(article -> mapper.published(
                        article,
                        comments.visibleFor(List.of(article.id)).getOrDefault(article.id, 0L),
                        article.publishAt != null ? article.publishAt : Timestamps.now()));
    }

    @Transactional
    public Optional<ArticleView> published(String slug) {
        return em.createQuery(
                        "select a from Article a where a.slug = :slug and " + ArticleVisibility.PUBLIC, Article.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst()
                .map(article -> mapper.published(
                        article, comments.visibleFor(List.of(article.id)).getOrDefault(article.id, 0L)));
    }

    /**
     * The featured image of an article, public or not, as answers embed it; for features that show articles their
     * own way (partner excerpts, feeds). Callers decide whether the article itself may be shown.
     */
    @Transactional
    public Optional<ImageView> featuredImage(long articleId) {
        return em.createQuery(
                        "select i from Article a join a.featuredImage i where a.id = :id", io.lede.image.Image.class)
                .setParameter("id", articleId)
                .getResultStream()
                .findFirst()
                .map(images::view);
    }

    /** A page of the public list, newest first, without a total. */
    public SummaryPage list(ArticleFilter filter, Cursor after, int limit) {
        return list(filter, ArticleOrder.NEWEST, after, limit, false);
    }

    /**
     * A page of the public list in the given order. With {@code total}, one more statement counts every article the
     * filter matches (all pages, not this one).
     */
    @Transactional
    public SummaryPage list(ArticleFilter filter, ArticleOrder order, Cursor after, int limit, boolean total) {
        Instant now = Timestamps.now();
        List<SummaryRow> rows = order.seek(
                        filtered(
                                "select new io.lede.article.ArticleQueries$SummaryRow(a.id, a.slug, a.title, a.dek,"
                                        + " a.excerpt, a.publishAt, a.updatedAt, a.commentCount,"
                                        + " a.featuredImage.id) from Article a where ",
                                filter,
                                now),
                        after)
                .orderBy(order.orderBy(), em, SummaryRow.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Long count = total
                ? filtered("select count(a) from Article a where ", filter, now)
                        .build(em, Long.class)
                        .getSingleResult()
                : null;
        Page<SummaryRow> page = Paging.page(rows, limit, order::cursorAfter);
        List<Long> ids = page.items().stream().map(SummaryRow::id).toList();
        Map<Long, List<AuthorRef>> authors = authorsOf(ids);
        Map<Long, List<TagRef>> tags = tagsOf(ids);
        Map<Long, Long> commentCounts = comments.visibleFor(ids);
        Map<Long, ImageView> featured = images.views(page.items().stream()
                .map(SummaryRow::featuredImageId)
                .filter(Objects::nonNull)
                .toList());
        List<ArticleSummary> summaries = page.items().stream()
                .map(row -> new ArticleSummary(
                        row.id(),
                        row.slug(),
                        row.title(),
                        row.dek(),
                        row.excerpt(),
                        row.publishAt(),
                        authors.getOrDefault(row.id(), List.of()),
                        tags.getOrDefault(row.id(), List.of()),
                        commentCounts.getOrDefault(row.id(), 0L),
                        row.featuredImageId() == null ? null : featured.get(row.featuredImageId())))
                .toList();
        Instant lastModified = Timestamps.latest(page.items(), SummaryRow::updatedAt);
        for (ImageView image : featured.values()) {
            lastModified = image.changedSince(lastModified);
        }
        return new SummaryPage(new Page<>(summaries, page.nextCursor()), count, lastModified);
    }

    private static JpqlQuery filtered(String selectWhere, ArticleFilter filter, Instant now) {
        return new JpqlQuery(selectWhere + ArticleVisibility.PUBLIC)
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
                .and("a.publishAt < :until", "until", filter.until());
    }

    /**
     * Every article whatever its state, most recently changed first, for the newsroom's own screens; with words to
     * find, best match first.
     */
    @Transactional
    public Page<StaffArticleSummary> staffList(ArticleStatus status, String text, Cursor after, int limit) {
        Instant now = Timestamps.now();
        if (text != null && !text.isBlank()) {
            Page<Long> ranked = search.staff(text, status, after, limit);
            Map<Long, Article> byId = new HashMap<>();
            if (!ranked.items().isEmpty()) {
                em.createQuery("select a from Article a where a.id in :ids", Article.class)
                        .setParameter("ids", ranked.items())
                        .getResultList()
                        .forEach(article -> byId.put(article.id, article));
            }
            List<Article> found = ranked.items().stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .toList();
            return new Page<>(staffSummaries(found, now), ranked.nextCursor());
        }
        JpqlQuery query = new JpqlQuery("select a from Article a where 1 = 1");
        if (status == ArticleStatus.PUBLISHED) {
            query.and(ArticleVisibility.PUBLIC, ArticleVisibility.NOW, now);
        } else if (status == ArticleStatus.SCHEDULED) {
            query.and(ArticleVisibility.scheduledAfter("a"), ArticleVisibility.NOW, now);
        } else {
            query.and("a.status = :status", "status", status);
        }
        List<Article> articles = query.after(after, "a.updatedAt", "a.id")
                .orderBy("a.updatedAt desc, a.id desc", em, Article.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Article> page = Paging.page(articles, limit, article -> Cursor.after(article.updatedAt, article.id));
        return new Page<>(staffSummaries(page.items(), now), page.nextCursor());
    }

    private List<StaffArticleSummary> staffSummaries(List<Article> articles, Instant now) {
        List<Long> ids = articles.stream().map(article -> article.id).toList();
        Map<Long, List<AuthorRef>> authors = authorsOf(ids);
        Map<Long, List<TagRef>> tags = tagsOf(ids);
        return articles.stream()
                .map(a -> new StaffArticleSummary(
                        a.id,
                        a.slug,
                        a.title,
                        a.statusAt(now),
                        a.publishAt,
                        a.updatedAt,
                        authors.getOrDefault(a.id, List.of()),
                        tags.getOrDefault(a.id, List.of()),
                        a.version))
                .toList();
    }

    private Map<Long, List<AuthorRef>> authorsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AuthorRef>> authors = new LinkedHashMap<>();
        em.createQuery(
                        "select a.id, p.slug, p.name from Article a join a.authors p where a.id in :ids"
                                + " order by a.id, index(p)",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> authors.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new AuthorRef((String) row[1], (String) row[2])));
        return authors;
    }

    private Map<Long, List<TagRef>> tagsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
        em.createQuery(
                        "select a.id, t.slug, t.name from Article a join a.tags t where a.id in :ids"
                                + " order by t.name",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new TagRef((String) row[1], (String) row[2])));
        return tags;
    }
}
