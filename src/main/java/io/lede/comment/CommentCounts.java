package io.lede.comment;

import io.lede.article.CommentCountSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts what a thread shows: approved top-level comments, and approved replies in a thread whose top-level comment
 * is approved (a reply under a rejected comment is not shown, so it is not counted).
 */
@ApplicationScoped
public class CommentCounts implements CommentCountSource {

    private final EntityManager em;

    public CommentCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Long> visibleFor(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select c.article.id, count(c) from Comment c where c.article.id in :ids"
                                + " and c.status = io.lede.comment.CommentStatus.APPROVED and (c.parentId is null"
                                + " or exists (select 1 from Comment root where root.id = c.rootId"
                                + " and root.status = io.lede.comment.CommentStatus.APPROVED))"
                                + " group by c.article.id",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
