package io.lede.article;

import io.lede.article.ArticleViews.ArticleSummary;
import io.lede.article.ArticleViews.ArticleView;
import io.lede.article.ArticleViews.AuthorRef;
import io.lede.article.ArticleViews.StaffArticleSummary;
import io.lede.article.ArticleViews.TagRef;
import io.lede.image.ImageService;
import io.lede.image.ImageViews.ImageView;
import io.lede.search.HitType;
import io.lede.search.SearchRequest;
import io.lede.search.SearchScope;
import io.lede.search.SearchService;
import io.lede.search.SearchService.Ranked;
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
 * Public reads of published articles. A list page costs four statements whatever its size: the page itself, then
 * the authors, the tags and the visible-comment counts of every article on it; a fifth reads the featured images
 * when any article on the page has one.
 */
@ApplicationScoped
public class ArticleQueries {

    private final EntityManager em;
    private final ArticleMapper mapper;
    private final CommentCountSource comments;
    private final SearchService search;
    private final ImageService images;

    public ArticleQueries(
            EntityManager em,
            ArticleMapper mapper,
            CommentCountSource comments,
            SearchService search,
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
            Long featuredImageId) {}

    /** A page of summaries and the newest change among them, for Last-Modified. */
    public record SummaryPage(Page<ArticleSummary> page, Instant lastModified) {}

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

    @Transactional
    public SummaryPage list(ArticleFilter filter, Cursor after, int limit) {
        List<SummaryRow> rows = new JpqlQuery("select new io.lede.article.ArticleQueries$SummaryRow(a.id, a.slug,"
                        + " a.title, a.dek, a.excerpt, a.publishAt, a.updatedAt, a.featuredImage.id) from Article a where "
                        + ArticleVisibility.PUBLIC)
                .with(ArticleVisibility.NOW, Timestamps.now())
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
                .orderBy("a.publishAt desc, a.id desc", em, SummaryRow.class)
                .setMaxResults(limit + 1)
                .getResultList();

        Page<SummaryRow> page = Paging.page(rows, limit, row -> Cursor.after(row.publishAt(), row.id()));
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
        return new SummaryPage(new Page<>(summaries, page.nextCursor()), lastModified);
    }

    /**
     * Every article whatever its state, most recently changed first, for the newsroom's own screens; with words to
     * find, best match first.
     */
    @Transactional
    public Page<StaffArticleSummary> staffList(ArticleStatus status, String text, Cursor after, int limit) {
        Instant now = Timestamps.now();
        if (text != null && !text.isBlank()) {
            Ranked ranked = search.rank(
                    HitType.ARTICLE,
                    SearchRequest.of(HitType.ARTICLE, text, null, null, null, null),
                    SearchScope.staff(status, null),
                    after,
                    limit);
            Map<Long, Article> byId = new HashMap<>();
            if (!ranked.ids().isEmpty()) {
                em.createQuery("select a from Article a where a.id in :ids", Article.class)
                        .setParameter("ids", ranked.ids())
                        .getResultList()
                        .forEach(article -> byId.put(article.id, article));
            }
            List<Article> found = ranked.ids().stream()
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
