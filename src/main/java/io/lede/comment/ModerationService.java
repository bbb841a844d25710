package io.lede.comment;

import io.lede.comment.CommentViews.ModeratedComment;
import io.lede.security.StaffCaller;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.web.ChangesContent;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** Staff decisions on comments; spam and not-spam decisions teach the classifier. */
@ApplicationScoped
public class ModerationService {

    private final EntityManager em;
    private final StaffCaller caller;
    private final CommentScreener screener;

    public ModerationService(EntityManager em, StaffCaller caller, CommentScreener screener) {
        this.em = em;
        this.caller = caller;
        this.screener = screener;
    }

    @Transactional
    public Page<ModeratedComment> queue(CommentStatus status, Cursor after, int limit) {
        List<Comment> rows = new JpqlQuery("select c from Comment c join fetch c.article where c.status = :status")
                .with("status", status)
                .after(after, "c.createdAt", "c.id")
                .orderBy("c.createdAt desc, c.id desc", em, Comment.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Comment> page = Paging.page(rows, limit, c -> Cursor.after(c.createdAt, c.id));
        return new Page<>(page.items().stream().map(ModerationService::view).toList(), page.nextCursor());
    }

    @ChangesContent
    @Transactional
    public ModeratedComment decide(long id, CommentStatus decision, String reason) {
        Comment comment = Comment.<Comment>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("comment", Long.toString(id)));
        CommentStatus before = comment.status;
        if (decision == CommentStatus.SPAM && before != CommentStatus.SPAM) {
            screener.learn(comment.bodyMarkdown, true);
        } else if (decision == CommentStatus.APPROVED && before == CommentStatus.SPAM) {
            screener.learn(comment.bodyMarkdown, false);
        }
        comment.status = decision;
        comment.updatedAt = Timestamps.now();
        CommentModeration entry = new CommentModeration();
        entry.comment = comment;
        entry.action = decision.wireName();
        entry.reason = reason;
        entry.actor = caller.tokenName();
        entry.actedAt = comment.updatedAt;
        entry.persist();
        return view(comment);
    }

    static ModeratedComment view(Comment c) {
        return new ModeratedComment(
                c.id,
                c.article.slug,
                c.parentId,
                c.authorName,
                c.bodyHtml,
                c.status,
                c.reasons == null || c.reasons.isBlank() ? List.of() : Arrays.asList(c.reasons.split(" ")),
                c.createdAt);
    }
}
