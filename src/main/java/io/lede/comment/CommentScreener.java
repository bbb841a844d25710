package io.lede.comment;

import io.lede.comment.CommentViews.ReasonView;
import io.lede.comment.screening.CommentSubmission;
import io.lede.comment.screening.ReasonCode;
import io.lede.comment.screening.Screening;
import io.lede.comment.screening.ScreeningPolicy;
import io.lede.comment.screening.ScreeningStatus;
import io.lede.comment.screening.ScreeningVerdict;
import io.lede.comment.screening.SignalWeights;
import io.lede.comment.screening.TextFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Screens comments with the configured policy and the classifier of {@link LearnedSpamModel}: our own seed plus what
 * moderators' decisions taught, as the database holds it. Call within a transaction.
 */
@ApplicationScoped
public class CommentScreener {

    /** What screening decided, in the comment API's terms. */
    /**
     * @param certainSpam the classifier (with its signals) is sure enough to learn this comment as spam without a
     *     moderator ({@code lede.comments.screening.auto-learn-spam-probability}); a moderator's later decision
     *     replaces that lesson like any other
     */
    public record Verdict(CommentStatus status, List<ReasonView> reasons, boolean certainSpam) {

        public Verdict(CommentStatus status, List<ReasonView> reasons) {
            this(status, reasons, false);
        }
    }

    private final LearnedSpamModel model;
    private final Screening screening;
    private final double autoLearnSpamProbability;

    public CommentScreener(CommentConfig config, LearnedSpamModel model) {
        this.model = model;
        CommentConfig.Screening settings = config.screening();
        ScreeningPolicy defaults = ScreeningPolicy.defaults();
        ScreeningPolicy policy = new ScreeningPolicy(
                settings.maxLinks(),
                Set.copyOf(settings.blockedWords().orElse(List.of())),
                Set.copyOf(settings.heldWords().orElse(List.of())),
                defaults.duplicateIsSpam(),
                settings.duplicateMinWords(),
                settings.nearDuplicateSimilarity(),
                defaults.shingleWords(),
                settings.holdFirstTimeCommenters(),
                settings.classifierHoldProbability(),
                settings.classifierSpamProbability(),
                new SignalWeights(
                        settings.linkWeight(),
                        settings.selfPromotionWeight(),
                        settings.moneyOfferWeight(),
                        settings.engagementBaitWeight(),
                        settings.waveWeight()));
        this.screening = new Screening(policy, model.classifier());
        this.autoLearnSpamProbability = settings.autoLearnSpamProbability();
    }

    public Verdict screen(
            String body,
            String authorName,
            String honeypot,
            boolean knownCommenter,
            List<TextFingerprint> recentComments) {
        model.catchUpIfMoved();
        ScreeningVerdict verdict = screening.screen(
                new CommentSubmission(body, authorName, null, honeypot, knownCommenter, recentComments));
        CommentStatus status =
                switch (verdict.status()) {
                    case APPROVED -> CommentStatus.APPROVED;
                    case PENDING -> CommentStatus.PENDING;
                    case SPAM -> CommentStatus.SPAM;
                };
        boolean certain = verdict.reasons().stream()
                .anyMatch(reason -> reason.code() == ReasonCode.CLASSIFIER
                        && reason.outcome() == ScreeningStatus.SPAM
                        && reason.score() >= autoLearnSpamProbability);
        return new Verdict(
                status,
                verdict.reasons().stream()
                        .map(reason -> new ReasonView(reason.code().code(), reason.detail()))
                        .toList(),
                certain);
    }

    public TextFingerprint fingerprint(String body) {
        return screening.fingerprint(body);
    }
}
