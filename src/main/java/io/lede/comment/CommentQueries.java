package io.lede.comment;

import io.lede.article.ArticleVisibility;
import io.lede.comment.CommentViews.CommentView;
import io.lede.comment.CommentViews.ReplyView;
import io.lede.comment.CommentViews.ThreadView;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public reads of comment threads. A page of threads costs two statements whatever its size (plus one to find the
 * article): the top-level comments, then the first replies and reply count of every thread on it.
 */
@ApplicationScoped
public class CommentQueries {

    private static final String APPROVED = "io.lede.comment.CommentStatus.APPROVED";

    private final EntityManager em;
    private final int repliesShown;

    public CommentQueries(EntityManager em, CommentConfig config) {
        this.em = em;
        this.repliesShown = config.repliesShown();
    }

    /** Comments and the article they are under, whose comment version a cached answer depends on. */
    public record OfArticle<T>(long articleId, T comments) {}

    /** A page of an article's threads; empty when no published article has that slug. */
    @Transactional
    public Optional<OfArticle<Page<ThreadView>>> threads(String slug, boolean newestFirst, Cursor after, int limit) {
        Optional<Long> articleId = publishedArticle(slug);
        if (articleId.isEmpty()) {
            return Optional.empty();
        }
        JpqlQuery query = new JpqlQuery("select c from Comment c where c.article.id = :article"
                        + " and c.parentId is null and c.status = " + APPROVED)
                .with("article", articleId.get());
        List<Comment> top = (newestFirst
                        ? query.after(after, "c.createdAt", "c.id")
                                .orderBy("c.createdAt desc, c.id desc", em, Comment.class)
                        : query.afterAscending(after, "c.createdAt", "c.id")
                                .orderBy("c.createdAt, c.id", em, Comment.class))
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Comment> page = Paging.page(top, limit, c -> Cursor.after(c.createdAt, c.id));
        Map<Long, List<ReplyRow>> replies =
                firstReplies(page.items().stream().map(c -> c.id).toList());
        List<ThreadView> threads = page.items().stream()
                .map(c -> {
                    List<ReplyRow> shown = replies.getOrDefault(c.id, List.of());
                    long count = shown.isEmpty() ? 0 : shown.get(0).threadSize();
                    String more = count > shown.size()
                            ? "/api/v1/comments/" + c.id + "/replies?cursor="
                                    + Cursor.after(
                                                    shown.get(shown.size() - 1).createdAt(),
                                                    shown.get(shown.size() - 1).id())
                                            .encode()
                            : null;
                    return new ThreadView(
                            c.id,
                            c.authorName,
                            c.bodyHtml,
                            c.createdAt,
                            c.editedAt,
                            count,
                            shown.stream().map(ReplyRow::view).toList(),
                            more);
                })
                .toList();
        return Optional.of(new OfArticle<>(articleId.get(), new Page<>(threads, page.nextCursor())));
    }

    /** The approved replies of a thread, oldest first; empty when the thread is not a visible one. */
    @Transactional
    public Optional<OfArticle<Page<ReplyView>>> replies(long rootId, Cursor after, int limit) {
        List<Comment> root = em.createQuery(
                        "select c from Comment c join c.article a where c.id = :id and c.parentId is null and c.status = "
                                + APPROVED + " and " + ArticleVisibility.PUBLIC,
                        Comment.class)
                .setParameter("id", rootId)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultList();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<Comment> rows = new JpqlQuery("select c from Comment c where c.rootId = :root and c.parentId is not null"
                        + " and c.status = " + APPROVED)
                .with("root", rootId)
                .afterAscending(after, "c.createdAt", "c.id")
                .orderBy("c.createdAt, c.id", em, Comment.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Comment> page = Paging.page(rows, limit, c -> Cursor.after(c.createdAt, c.id));
        return Optional.of(new OfArticle<>(
                root.get(0).article.id,
                new Page<>(
                        page.items().stream()
                                .map(c -> new ReplyView(
                                        c.id, c.parentId, c.depth, c.authorName, c.bodyHtml, c.createdAt, c.editedAt))
                                .toList(),
                        page.nextCursor())));
    }

    /**
     * One comment as readers see it: approved, on a public article, and in a thread that shows (a reply whose
     * top-level comment is hidden is hidden too); empty otherwise.
     */
    @Transactional
    public Optional<OfArticle<CommentView>> visible(long id) {
        return em.createQuery(
                        "select c from Comment c join fetch c.article a where c.id = :id and c.status = " + APPROVED
                                + " and " + ArticleVisibility.PUBLIC + " and (c.parentId is null or exists (select r.id"
                                + " from Comment r where r.id = c.rootId and r.status = " + APPROVED + "))",
                        Comment.class)
                .setParameter("id", id)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst()
                .map(c -> new OfArticle<>(
                        c.article.id,
                        new CommentView(
                                c.id,
                                c.article.slug,
                                c.parentId,
                                c.depth,
                                c.authorName,
                                c.bodyHtml,
                                c.createdAt,
                                c.editedAt)));
    }

    private Optional<Long> publishedArticle(String slug) {
        return em.createQuery(
                        "select a.id from Article a where a.slug = :slug and " + ArticleVisibility.PUBLIC, Long.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, Timestamps.now())
                .getResultStream()
                .findFirst();
    }

    private record ReplyRow(
            long id,
            long rootId,
            long parentId,
            int depth,
            String authorName,
            String bodyHtml,
            Instant createdAt,
            Instant editedAt,
            long threadSize) {

        ReplyView view() {
            return new ReplyView(id, parentId, depth, authorName, bodyHtml, createdAt, editedAt);
        }
    }

    /** The first replies of each thread and its size, in one statement, by a window over the thread. */
    private Map<Long, List<ReplyRow>> firstReplies(List<Long> roots) {
        Map<Long, List<ReplyRow>> replies = new HashMap<>();
        if (roots.isEmpty()) {
            return replies;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, root_id, parent_id, depth, author_name, body_html,"
                        + " created_at, edited_at, thread_size from (select c.id, c.root_id, c.parent_id, c.depth,"
                        + " c.author_name, c.body_html, c.created_at, c.edited_at,"
                        + " row_number() over (partition by c.root_id order by c.created_at, c.id) as position,"
                        + " count(*) over (partition by c.root_id) as thread_size from comment c"
                        + " where c.root_id in (:roots) and c.parent_id is not null and c.status = 'APPROVED') t"
                        + " where position <= :shown order by root_id, created_at, id")
                .setParameter("roots", roots)
                .setParameter("shown", repliesShown)
                .getResultList();
        for (Object[] row : rows) {
            ReplyRow reply = new ReplyRow(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).intValue(),
                    (String) row[4],
                    (String) row[5],
                    instant(row[6]),
                    row[7] == null ? null : instant(row[7]),
                    ((Number) row[8]).longValue());
            replies.computeIfAbsent(reply.rootId(), id -> new ArrayList<>()).add(reply);
        }
        return replies;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
