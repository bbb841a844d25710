package io.lede.comment;

import io.lede.article.CommentCountSource;
import io.lede.publishing.ContentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a thread shows: approved top-level comments, and approved replies in a thread whose top-level comment
 * is approved (a reply under a rejected comment is not shown, so it is not counted).
 */
@ApplicationScoped
public class CommentCounts implements CommentCountSource {

    private final EntityManager em;
    private final ContentVersion versions;

    public CommentCounts(EntityManager em, ContentVersion versions) {
        this.em = em;
        this.versions = versions;
    }

    /**
     * Called inside the transaction that changed comments on these articles: stores each article's visible count
     * (the public list sorts by it) and moves their comment versions, committing or rolling back with the change.
     */
    public void changed(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("update article set comment_count = (select count(*) from comment c"
                        + " where c.article_id = article.id and c.status = 'APPROVED' and (c.parent_id is null"
                        + " or exists (select 1 from comment r where r.id = c.root_id and r.status = 'APPROVED')))"
                        + " where id in (:ids)")
                .setParameter("ids", Set.copyOf(articleIds))
                .executeUpdate();
        versions.bumpComments(articleIds);
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
