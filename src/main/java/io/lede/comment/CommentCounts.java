package io.lede.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Approved-comment counts for articles: one statement for a whole page of them. */
@ApplicationScoped
public class CommentCounts {

    private final EntityManager em;

    public CommentCounts(EntityManager em) {
        this.em = em;
    }

    public Map<Long, Long> approvedFor(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select c.article.id, count(c) from Comment c where c.article.id in :ids"
                                + " and c.status = io.lede.comment.CommentStatus.APPROVED group by c.article.id",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
