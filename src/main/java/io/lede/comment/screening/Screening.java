package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every screening rule over a new comment and combines what they found.
 *
 * <p>Combination is by severity, not by adding scores: each reason says whether it asks for a hold or for spam,
 * and the verdict is the most severe of them (any spam reason makes spam, otherwise any hold reason makes pending,
 * otherwise approved). Every rule runs and every reason is kept, so moderators see all that fired, not just the
 * first. Scores are each rule's own strength, for sorting and for tuning thresholds; they are not summed.
 */
public final class Screening {

    private final ScreeningPolicy policy;
    private final List<ScreeningRule> rules;

    public Screening(ScreeningPolicy policy, SpamClassifier classifier) {
        this.policy = policy;
        this.rules = ScreeningRules.all(classifier);
    }

    public ScreeningVerdict screen(CommentSubmission submission) {
        Analysis comment = new Analysis(submission, policy);
        List<Reason> reasons = new ArrayList<>();
        for (ScreeningRule rule : rules) {
            reasons.addAll(rule.check(comment));
        }
        return ScreeningVerdict.of(reasons);
    }

    /** What the duplicate rules compare a recent comment by, made once per comment. */
    public TextFingerprint fingerprint(String body) {
        return TextFingerprint.of(body, policy.shingleWords());
    }

    public ScreeningPolicy policy() {
        return policy;
    }
}
