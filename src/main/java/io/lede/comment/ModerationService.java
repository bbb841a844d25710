package io.lede.comment;

import io.lede.comment.CommentViews.BanView;
import io.lede.comment.CommentViews.ExportedComment;
import io.lede.comment.CommentViews.ModeratedComment;
import io.lede.comment.CommentViews.ModerationEntry;
import io.lede.publishing.ChangesContent;
import io.lede.security.StaffCaller;
import io.lede.support.JpqlQuery;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/**
 * Staff decisions on comments. Approving or restoring teaches the classifier not-spam, marking spam teaches spam,
 * in the decision's transaction; each comment counts once, with its latest label (see {@link LearnedSpamModel}).
 */
@ApplicationScoped
public class ModerationService {

    private final EntityManager em;
    private final StaffCaller caller;
    private final LearnedSpamModel model;
    private final CommentCounts comments;

    public ModerationService(EntityManager em, StaffCaller caller, LearnedSpamModel model, CommentCounts comments) {
        this.em = em;
        this.caller = caller;
        this.model = model;
        this.comments = comments;
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

    @Transactional
    public ModeratedComment decide(long id, CommentStatus decision, String reason) {
        Comment comment = Comment.<Comment>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("comment", Long.toString(id)));
        SpamLabel label = SpamLabel.taughtBy(decision);
        if (label != null) {
            model.learn(comment, label);
        }
        return record(comment, decision, decision.wireName(), reason);
    }

    /** Applies one decision to many comments, each logged like a single one. */
    @Transactional
    public List<ModeratedComment> decideAll(List<Long> ids, CommentStatus decision, String reason) {
        return ids.stream().map(id -> decide(id, decision, reason)).toList();
    }

    /** Bans the author of a comment — their email hash and IP hash — for some days. */
    @Transactional
    public List<BanView> ban(long commentId, int days, String reason) {
        Comment comment = Comment.<Comment>findByIdOptional(commentId)
                .orElseThrow(() -> Problems.notFound("comment", Long.toString(commentId)));
        List<BanView> bans = new java.util.ArrayList<>();
        bans.add(view(ban("EMAIL", comment.emailHash, days, reason)));
        if (comment.ipHash != null) {
            bans.add(view(ban("IP", comment.ipHash, days, reason)));
        }
        record(comment, comment.status, "ban", reason);
        return bans;
    }

    /** Who did what, newest first; for one comment, or all comments when {@code commentId} is null. */
    @Transactional
    public Page<ModerationEntry> log(Long commentId, Cursor after, int limit) {
        List<CommentModeration> rows = new JpqlQuery("select m from CommentModeration m where 1 = 1")
                .and("m.comment.id = :comment", "comment", commentId)
                .after(after, "m.actedAt", "m.id")
                .orderBy("m.actedAt desc, m.id desc", em, CommentModeration.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<CommentModeration> page = Paging.page(rows, limit, m -> Cursor.after(m.actedAt, m.id));
        return new Page<>(
                page.items().stream()
                        .map(m -> new ModerationEntry(m.comment.id, m.action, m.reason, m.actor, m.actedAt))
                        .toList(),
                page.nextCursor());
    }

    @Transactional
    public List<BanView> bans() {
        return CommentBan.<CommentBan>list("until > ?1 order by id", Timestamps.now()).stream()
                .map(ModerationService::view)
                .toList();
    }

    @Transactional
    public void lift(long banId) {
        if (!CommentBan.deleteById(banId)) {
            throw Problems.notFound("ban", Long.toString(banId));
        }
    }

    @ChangesContent
    @Transactional
    public void closeComments(String articleIdOrSlug, boolean closed) {
        io.lede.article.Article article = io.lede.article.Article.findByIdOrSlug(articleIdOrSlug)
                .orElseThrow(() -> Problems.notFound("article", articleIdOrSlug));
        article.commentsClosed = closed;
    }

    /** Erases a commenter: name and body become a tombstone, the thread keeps its shape. */
    @Transactional
    public int erase(String emailHash) {
        List<Comment> theirs = Comment.list("emailHash", emailHash);
        for (Comment comment : theirs) {
            model.forget(comment);
            comment.authorName = "[erased]";
            comment.bodyMarkdown = "";
            comment.bodyHtml = "<p><em>This comment was erased at its author's request.</em></p>";
            comment.emailHash = "erased";
            comment.ipHash = null;
            comment.updatedAt = Timestamps.now();
            record(comment, comment.status, "erase", null);
        }
        return theirs.size();
    }

    /** Everything stored about a commenter's comments, for a data request. */
    @Transactional
    public List<ExportedComment> export(String emailHash) {
        return Comment.<Comment>list("emailHash = ?1 order by createdAt", emailHash).stream()
                .map(c -> new ExportedComment(
                        c.id,
                        c.article.slug,
                        c.parentId,
                        c.authorName,
                        c.bodyMarkdown,
                        c.status,
                        c.createdAt,
                        c.editedAt))
                .toList();
    }

    private ModeratedComment record(Comment comment, CommentStatus decision, String action, String reason) {
        comment.status = decision;
        comment.updatedAt = Timestamps.now();
        comments.changed(List.of(comment.article.id));
        CommentModeration entry = new CommentModeration();
        entry.comment = comment;
        entry.action = action;
        entry.reason = reason;
        entry.actor = caller.tokenName();
        entry.actedAt = comment.updatedAt;
        entry.persist();
        return view(comment);
    }

    private CommentBan ban(String kind, String hash, int days, String reason) {
        CommentBan ban = new CommentBan();
        ban.kind = kind;
        ban.valueHash = hash;
        ban.reason = reason;
        ban.createdAt = Timestamps.now();
        ban.until = ban.createdAt.plus(java.time.Duration.ofDays(days));
        ban.createdBy = caller.tokenName();
        ban.persist();
        return ban;
    }

    private static BanView view(CommentBan ban) {
        return new BanView(ban.id, ban.kind.toLowerCase(), ban.reason, ban.until, ban.createdBy);
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
