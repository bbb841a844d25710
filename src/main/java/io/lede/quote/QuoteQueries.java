package io.lede.quote;

import io.lede.article.Article;
import io.lede.article.ArticleMapper;
import io.lede.article.ArticleVisibility;
import io.lede.article.SiteConfig;
import io.lede.quote.QuoteViews.ArticleRef;
import io.lede.quote.QuoteViews.MentionRef;
import io.lede.quote.QuoteViews.QuoteView;
import io.lede.quote.QuoteViews.SpeakerRef;
import io.lede.quote.QuoteViews.StaffQuoteView;
import io.lede.quote.extraction.QuoteKind;
import io.lede.quote.extraction.SpeakerKind;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads of quotations. Every list is one statement: quotation, article and speaker come in one row. */
@ApplicationScoped
public class QuoteQueries {

    static final String ROW = "select new io.lede.quote.QuoteQueries$QuoteRow(q.id, q.text, q.kind, q.cue,"
            + " q.paragraph, q.start, q.end, p.slug, p.name, q.speakerRole, q.speakerAffiliation, q.speakerKind, p.kind,"
            + " q.mentionText,"
            + " q.mentionStart, q.mentionEnd, q.confidence, q.status, q.origin, q.reviewedBy, q.reviewedAt,"
            + " q.version, a.id, a.slug, a.title, a.publishAt, a.canonicalUrl, a.copyrightHolder, q.updatedAt)"
            + " from Quote q join q.article a left join q.speaker p";
    static final String PUBLIC = "q.status = io.lede.quote.QuoteStatus.CONFIRMED and " + ArticleVisibility.PUBLIC;
    /** SQL: the quotation {@code q} of the article {@code a} is public at {@code :now}; the same rule as {@link #PUBLIC}. */
    public static final String PUBLIC_SQL = "q.status = 'CONFIRMED' and " + ArticleVisibility.publicAtSql("a");

    /** A quotation with its article and speaker, as one query row. */
    public record QuoteRow(
            long id,
            String text,
            QuoteKind kind,
            String cue,
            int paragraph,
            int start,
            int end,
            String speakerSlug,
            String speakerName,
            String speakerRole,
            String speakerAffiliation,
            SpeakerKind speakerKind,
            String personKind,
            String mentionText,
            Integer mentionStart,
            Integer mentionEnd,
            double confidence,
            QuoteStatus status,
            QuoteOrigin origin,
            String reviewedBy,
            Instant reviewedAt,
            long version,
            long articleId,
            String articleSlug,
            String articleTitle,
            Instant publishAt,
            String canonicalUrl,
            String copyrightHolder,
            Instant updatedAt) {}

    /** A public answer and the newest change in it, for Last-Modified. */
    public record Dated<T>(T body, Instant lastModified, List<Long> articleIds) {}

    /** Narrows a list of quotations; every part is optional. */
    public record QuoteFilter(String speaker, String article, String text, Instant since, Instant until) {}

    private final EntityManager em;
    private final QuoteFinder search;
    private final ArticleMapper articles;
    private final String publisher;

    public QuoteQueries(EntityManager em, ArticleMapper articles, SiteConfig config, QuoteFinder search) {
        this.em = em;
        this.search = search;
        this.articles = articles;
        this.publisher = config.publisher();
    }

    /** The confirmed quotations of a published article in reading order; empty when there is no such article. */
    @Transactional
    public Optional<Dated<List<QuoteView>>> ofPublishedArticle(String slug) {
        Instant now = Timestamps.now();
        long published = em.createQuery(
                        "select count(a) from Article a where a.slug = :slug and " + ArticleVisibility.PUBLIC,
                        Long.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, now)
                .getSingleResult();
        if (published == 0) {
            return Optional.empty();
        }
        List<QuoteRow> rows = em.createQuery(
                        ROW + " where a.slug = :slug and " + PUBLIC + " order by q.start, q.id", QuoteRow.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultList();
        return Optional.of(dated(rows.stream().map(this::publicView).toList(), rows));
    }

    @Transactional
    public Optional<Dated<QuoteView>> publicQuote(long id) {
        return em.createQuery(ROW + " where q.id = :id and " + PUBLIC, QuoteRow.class)
                .setParameter("id", id)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst()
                .map(row -> dated(publicView(row), List.of(row)));
    }

    /**
     * Confirmed quotations of published articles, newest article first; with words to find, best match first
     * (search, so the words match as they do in {@code /api/v1/search}).
     */
    @Transactional
    public Dated<Page<QuoteView>> publicList(QuoteFilter filter, Cursor after, int limit) {
        if (filter.text() != null && !filter.text().isBlank()) {
            Page<Long> ranked = search.published(filter, after, limit);
            List<QuoteRow> rows = inOrder(ranked.items(), " and " + PUBLIC);
            return dated(new Page<>(rows.stream().map(this::publicView).toList(), ranked.nextCursor()), rows);
        }
        List<QuoteRow> found = new JpqlQuery(ROW + " where " + PUBLIC)
                .with(ArticleVisibility.NOW, Timestamps.now())
                .and("p.slug = :speaker", "speaker", filter.speaker())
                .and("a.slug = :article", "article", filter.article())
                .and("a.publishAt >= :since", "since", filter.since())
                .and("a.publishAt < :until", "until", filter.until())
                .after(after, "a.publishAt", "q.id")
                .orderBy("a.publishAt desc, q.id desc", em, QuoteRow.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<QuoteRow> rows = Paging.page(found, limit, row -> Cursor.after(row.publishAt(), row.id()));
        return dated(new Page<>(rows.items().stream().map(this::publicView).toList(), rows.nextCursor()), rows.items());
    }

    /** The quotations with these ids that meet {@code condition}, in the order of the ids: one statement. */
    private List<QuoteRow> inOrder(List<Long> ids, String condition) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<QuoteRow> query = em.createQuery(ROW + " where q.id in :ids" + condition, QuoteRow.class)
                .setParameter("ids", ids);
        if (condition.contains(":" + ArticleVisibility.NOW)) {
            query.setParameter(ArticleVisibility.NOW, Timestamps.now());
        }
        Map<Long, QuoteRow> byId = new HashMap<>();
        query.getResultList().forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Every quotation of an article in any state, for editors; empty when there is no such article. */
    @Transactional
    public Optional<List<StaffQuoteView>> ofArticle(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).map(article -> ofArticle(article.id));
    }

    /** Every quotation of an article in any state, for editors. */
    @Transactional
    public List<StaffQuoteView> ofArticle(long articleId) {
        return em.createQuery(ROW + " where a.id = :id order by q.start, q.id", QuoteRow.class)
                .setParameter("id", articleId)
                .getResultStream()
                .map(this::staffView)
                .toList();
    }

    /**
     * The review queue: quotations in one state across all articles, most recent first; with words to find, best
     * match first.
     */
    @Transactional
    public Page<StaffQuoteView> staffList(QuoteStatus status, String text, Cursor after, int limit) {
        if (text != null && !text.isBlank()) {
            Page<Long> ranked = search.staff(text, status, after, limit);
            return new Page<>(
                    inOrder(ranked.items(), "").stream().map(this::staffView).toList(), ranked.nextCursor());
        }
        TypedQuery<QuoteRow> query = em.createQuery(
                ROW + " where q.status = :status" + (after == null ? "" : " and q.id < :afterId")
                        + " order by q.id desc",
                QuoteRow.class);
        query.setParameter("status", status);
        if (after != null) {
            query.setParameter("afterId", after.id());
        }
        Page<QuoteRow> rows =
                Paging.page(query.setMaxResults(limit + 1).getResultList(), limit, row -> Cursor.after("q", row.id()));
        return new Page<>(rows.items().stream().map(this::staffView).toList(), rows.nextCursor());
    }

    @Transactional
    public Optional<StaffQuoteView> staffQuote(long id) {
        return em.createQuery(ROW + " where q.id = :id", QuoteRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(this::staffView);
    }

    private static <T> Dated<T> dated(T body, List<QuoteRow> rows) {
        Instant lastModified = Timestamps.latest(
                rows, row -> row.updatedAt().isAfter(row.publishAt()) ? row.updatedAt() : row.publishAt());
        return new Dated<>(
                body,
                lastModified,
                rows.stream().map(QuoteRow::articleId).distinct().toList());
    }

    private QuoteView publicView(QuoteRow row) {
        SpeakerRef speaker = speaker(row);
        ArticleRef article = new ArticleRef(
                row.articleId(),
                row.articleSlug(),
                row.articleTitle(),
                row.publishAt(),
                articles.canonicalUrl(row.canonicalUrl(), row.articleSlug()));
        String credit = row.copyrightHolder() != null ? row.copyrightHolder() : publisher;
        return new QuoteView(
                row.id(),
                row.text(),
                wire(row.kind()),
                row.cue(),
                row.paragraph(),
                row.start(),
                row.end(),
                speaker,
                mention(row),
                row.confidence(),
                article,
                Citations.cite(row.text(), speaker, article, credit),
                Citations.jsonLd(row.text(), speaker, article, credit));
    }

    private StaffQuoteView staffView(QuoteRow row) {
        return new StaffQuoteView(
                row.id(),
                row.text(),
                wire(row.kind()),
                row.cue(),
                row.paragraph(),
                row.start(),
                row.end(),
                speaker(row),
                mention(row),
                row.confidence(),
                row.status(),
                row.origin(),
                row.reviewedBy(),
                row.reviewedAt(),
                new ArticleRef(
                        row.articleId(),
                        row.articleSlug(),
                        row.articleTitle(),
                        row.publishAt(),
                        articles.canonicalUrl(row.canonicalUrl(), row.articleSlug())),
                row.version());
    }

    private static SpeakerRef speaker(QuoteRow row) {
        SpeakerKind kind = row.speakerKind();
        if (kind == null && row.personKind() != null) {
            kind = "ORGANISATION".equals(row.personKind()) ? SpeakerKind.ORGANISATION : SpeakerKind.PERSON;
        }
        return new SpeakerRef(
                row.speakerSlug(),
                row.speakerName(),
                row.speakerRole(),
                row.speakerAffiliation(),
                kind == null ? null : kind.apiName());
    }

    private static MentionRef mention(QuoteRow row) {
        return row.mentionText() == null
                ? null
                : new MentionRef(row.mentionText(), row.mentionStart(), row.mentionEnd());
    }

    static String wire(QuoteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
