package io.lede.comment;

import io.lede.article.Article;
import io.lede.article.ArticleVisibility;
import io.lede.comment.CommentRequests.NewComment;
import io.lede.comment.CommentViews.PostedComment;
import io.lede.comment.CommentViews.ReasonView;
import io.lede.comment.screening.CommentMarkdown;
import io.lede.support.Timestamps;
import io.lede.web.Idempotency;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Posting, editing and deleting reader comments; every post is screened before anyone sees it. */
@ApplicationScoped
public class CommentService {

    private final EntityManager em;
    private final CommentKeys keys;
    private final CommentScreener screener;
    private final AkismetCheck akismet;
    private final CommentCounts comments;
    private final Duration editWindow;
    private final int closeAfterDays;
    private final int reportsToRequeue;
    private final RecentComments recent;
    private final RateLimits limits;
    private final Idempotency idempotency;
    private final LearnedSpamModel model;

    public CommentService(
            EntityManager em,
            CommentKeys keys,
            CommentScreener screener,
            AkismetCheck akismet,
            CommentCounts comments,
            RecentComments recent,
            RateLimits limits,
            Idempotency idempotency,
            LearnedSpamModel model,
            CommentConfig config) {
        this.model = model;
        this.em = em;
        this.limits = limits;
        this.idempotency = idempotency;
        this.keys = keys;
        this.screener = screener;
        this.akismet = akismet;
        this.comments = comments;
        this.editWindow = config.editWindow();
        this.closeAfterDays = config.closeAfterDays();
        this.reportsToRequeue = config.reportsToRequeue();
        this.recent = recent;
    }

    /**
     * Posts a comment: limits, screening (with the outside service's opinion, when enabled, asked before any
     * transaction opens so no connection waits on it), then one transaction that stores it. With an
     * Idempotency-Key, a retry by the same commenter with the same request gets the first answer back, edit secret
     * included, and spends no allowance; see {@link Idempotency}.
     */
    public PostedComment post(String slug, NewComment request, Commenter commenter, String idempotencyKey) {
        // Without a key nothing is remembered, so the request is not fingerprinted either.
        Idempotency.Request once = idempotencyKey == null
                ? new Idempotency.Request("comment-post", null, null, null)
                : idempotency.request("comment-post", commenter.caller(), idempotencyKey, slug, request);
        Idempotency.Outcome<PostedComment> outcome = idempotency.perform(once, PostedComment.class, claim -> {
            limits.spend(commenter);
            CommentScreener.Verdict judged = akismet.enabled() ? judged(slug, request, commenter) : null;
            return QuarkusTransaction.requiringNew().call(() -> store(slug, request, commenter, judged, claim));
        });
        PostedComment posted = outcome.value();
        return outcome.replayed() ? posted.withEditSecret(keys.editSecret(posted.id())) : posted;
    }

    /** Local screening in a short transaction of its own, then the outside service with no connection held. */
    private CommentScreener.Verdict judged(String slug, NewComment request, Commenter commenter) {
        CommentScreener.Verdict local = QuarkusTransaction.requiringNew().call(() -> {
            Gate gate = open(slug, commenter);
            if (request.parentId() != null) {
                parentIn(gate.articleId(), request.parentId());
            }
            return screen(request, gate);
        });
        return withSecondOpinion(local, request, commenter.ip(), slug);
    }

    private CommentScreener.Verdict screen(NewComment request, Gate gate) {
        return screener.screen(
                request.body(), request.authorName(), request.website(), gate.knownCommenter(), recent.fingerprints());
    }

    /** Stores the comment with the verdict given, or screens it here when none was. */
    private PostedComment store(
            String slug,
            NewComment request,
            Commenter commenter,
            CommentScreener.Verdict judged,
            Idempotency.Claim claim) {
        Gate gate = open(slug, commenter);
        Comment parent = request.parentId() == null ? null : parentIn(gate.articleId(), request.parentId());
        CommentScreener.Verdict verdict = judged != null ? judged : screen(request, gate);

        Instant now = Timestamps.now();
        Comment comment = new Comment();
        comment.article = em.getReference(Article.class, gate.articleId());
        comment.parentId = parent == null ? null : parent.id;
        comment.rootId = parent == null ? null : parent.rootId;
        comment.depth = parent == null ? 0 : parent.depth + 1;
        comment.authorName = request.authorName().strip();
        comment.emailHash = commenter.emailHash();
        comment.bodyMarkdown = request.body();
        comment.bodyHtml = CommentMarkdown.render(request.body());
        comment.status = verdict.status();
        comment.reasons = String.join(
                " ", verdict.reasons().stream().map(ReasonView::code).toList());
        comment.ipHash = commenter.ipHash();
        comment.createdAt = now;
        comment.updatedAt = now;
        comment.persist();
        em.flush();
        if (comment.rootId == null) {
            comment.rootId = comment.id;
        }
        recent.stored(comment.id, comment.updatedAt, comment.bodyMarkdown);
        if (verdict.certainSpam() && model.mayTeachItself()) {
            model.learn(comment, SpamLabel.SPAM);
        }
        if (comment.status == CommentStatus.APPROVED) {
            comments.changed(List.of(gate.articleId()));
        }
        PostedComment posted = new PostedComment(
                comment.id,
                comment.status,
                verdict.reasons(),
                comment.parentId,
                comment.authorName,
                comment.bodyHtml,
                comment.createdAt,
                keys.editSecret(comment.id),
                comment.createdAt.plus(editWindow));
        // Remembered without the secret, which is derived again for the retry that asks.
        claim.complete(posted.withEditSecret(null));
        return posted;
    }

    /**
     * Where a post may go, and what screening needs to know of its author, read in one statement: the article
     * (public, comments open), whether the commenter is banned, and whether a comment of theirs was ever approved.
     * Refuses in the order a reader should hear it: banned (403), no such article (404), comments closed (409).
     */
    private Gate open(String slug, Commenter commenter) {
        Instant now = Timestamps.now();
        List<Object[]> rows = em.createQuery(
                        "select a.id, a.publishAt, a.commentsClosed,"
                                + " (select count(b) from CommentBan b where b.valueHash in :hashes and b.until > :banNow),"
                                + " case when exists (select 1 from Comment c where c.emailHash = :email"
                                + " and c.status = :approved) then true else false end"
                                + " from Article a where a.slug = :slug and " + ArticleVisibility.PUBLIC,
                        Object[].class)
                .setParameter("hashes", banHashes(commenter))
                .setParameter("banNow", now)
                .setParameter("email", commenter.emailHash())
                .setParameter("approved", CommentStatus.APPROVED)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultList();
        if (rows.isEmpty()) {
            refuseBanned(commenter);
            throw Problems.notFound("published article", slug);
        }
        Object[] row = rows.get(0);
        if (((Number) row[3]).longValue() > 0) {
            throw banned();
        }
        refuseClosed((Instant) row[1], (Boolean) row[2]);
        return new Gate(((Number) row[0]).longValue(), (Boolean) row[4]);
    }

    /** @param knownCommenter a comment by the same author (email hash) has been approved before */
    private record Gate(long articleId, boolean knownCommenter) {}

    private void refuseBanned(Commenter commenter) {
        if (CommentBan.count("valueHash in ?1 and until > ?2", banHashes(commenter), Timestamps.now()) > 0) {
            throw banned();
        }
    }

    private static List<String> banHashes(Commenter commenter) {
        return commenter.ipHash() == null
                ? List.of(commenter.emailHash())
                : List.of(commenter.emailHash(), commenter.ipHash());
    }

    private static ProblemException banned() {
        return new ProblemException(
                403, "banned", "Banned", "Comments from this address are not accepted at the moment.");
    }

    /** A comment local screening lets through may still be spam in the eyes of an outside service, when enabled. */
    private CommentScreener.Verdict withSecondOpinion(
            CommentScreener.Verdict verdict, NewComment request, String ip, String slug) {
        if (!akismet.enabled() || verdict.status() == CommentStatus.SPAM) {
            return verdict;
        }
        boolean spam = akismet.isSpam(
                        request.authorName(), request.authorEmail(), ip, request.body(), "/api/v1/articles/" + slug)
                .orElse(false);
        if (!spam) {
            return verdict;
        }
        List<ReasonView> reasons = new java.util.ArrayList<>(verdict.reasons());
        reasons.add(new ReasonView("akismet", "the Akismet-compatible service calls it spam"));
        return new CommentScreener.Verdict(CommentStatus.SPAM, reasons);
    }

    /** A reader's report; enough of them send an approved comment back to the moderators. */
    @Transactional
    public void report(long id, String reason, String reporterHash) {
        Comment comment = Comment.<Comment>findByIdOptional(id)
                .filter(c -> c.status == CommentStatus.APPROVED)
                .orElseThrow(() -> Problems.notFound("comment", Long.toString(id)));
        if (CommentReport.count("commentId = ?1 and reporterHash = ?2", id, reporterHash) > 0) {
            return;
        }
        CommentReport report = new CommentReport();
        report.commentId = id;
        report.reason = reason.strip();
        report.reporterHash = reporterHash;
        report.createdAt = Timestamps.now();
        report.persist();
        if (CommentReport.count("commentId", id) >= reportsToRequeue) {
            comment.status = CommentStatus.PENDING;
            comment.reasons =
                    (comment.reasons == null || comment.reasons.isBlank() ? "" : comment.reasons + " ") + "reported";
            comment.updatedAt = report.createdAt;
            comments.changed(List.of(comment.article.id));
        }
    }

    /** The author's edit, within the window, is screened like a new post. */
    @Transactional
    public PostedComment edit(long id, String secret, String body) {
        Comment comment = ownComment(id, secret);
        // A moderator judged the old text, not this one.
        model.forget(comment);
        CommentScreener.Verdict verdict = screener.screen(body, comment.authorName, null, true, List.of());
        comment.bodyMarkdown = body;
        comment.bodyHtml = CommentMarkdown.render(body);
        comment.editedAt = Timestamps.now();
        comment.updatedAt = comment.editedAt;
        if (verdict.status() != CommentStatus.APPROVED) {
            comment.status = verdict.status();
        }
        comment.reasons = String.join(
                " ", verdict.reasons().stream().map(ReasonView::code).toList());
        comments.changed(List.of(comment.article.id));
        return posted(comment);
    }

    /** The author's delete keeps the thread's shape: the comment becomes a tombstone. */
    @Transactional
    public void delete(long id, String secret) {
        Comment comment = ownComment(id, secret);
        model.forget(comment);
        comment.status = CommentStatus.DELETED;
        comment.bodyMarkdown = "";
        comment.bodyHtml = "";
        comment.updatedAt = Timestamps.now();
        comments.changed(List.of(comment.article.id));
    }

    /**
     * The secret is checked before the comment is looked up, so a caller without it learns nothing about which ids
     * exist or are hidden: every wrong secret gets the same 403.
     */
    private Comment ownComment(long id, String secret) {
        if (!keys.isEditSecret(id, secret)) {
            throw Problems.forbidden("Send the edit secret returned when the comment was posted, as X-Edit-Secret.");
        }
        Comment comment = Comment.<Comment>findByIdOptional(id)
                .filter(c -> c.status != CommentStatus.DELETED)
                .orElseThrow(() -> Problems.notFound("comment", Long.toString(id)));
        if (Timestamps.now().isAfter(comment.createdAt.plus(editWindow))) {
            throw Problems.conflict("The edit window of " + editWindow.toMinutes() + " minutes has passed.");
        }
        return comment;
    }

    private PostedComment posted(Comment comment) {
        List<ReasonView> reasons = comment.reasons == null || comment.reasons.isBlank()
                ? List.of()
                : Arrays.stream(comment.reasons.split(" "))
                        .map(code -> new ReasonView(code, null))
                        .toList();
        return new PostedComment(
                comment.id,
                comment.status,
                reasons,
                comment.parentId,
                comment.authorName,
                comment.bodyHtml,
                comment.createdAt,
                keys.editSecret(comment.id),
                comment.createdAt.plus(editWindow));
    }

    private void refuseClosed(Instant publishAt, boolean commentsClosed) {
        boolean expired = closeAfterDays > 0
                && publishAt.plus(Duration.ofDays(closeAfterDays)).isBefore(Timestamps.now());
        if (commentsClosed || expired) {
            throw new ProblemException(
                    409, "comments-closed", "Comments Closed", "Comments on this article are closed.");
        }
    }

    private static Comment parentIn(long articleId, long parentId) {
        return Comment.<Comment>findByIdOptional(parentId)
                .filter(parent -> parent.article.id.equals(articleId) && parent.status == CommentStatus.APPROVED)
                .orElseThrow(() -> Problems.invalid("parentId", "is not an approved comment on this article"));
    }
}
