package io.lede.comment.screening;

import java.util.List;

/** The statistical layer: what moderators' past decisions say about text like this. */
final class ClassifierRule implements ScreeningRule {

    private final SpamClassifier classifier;

    ClassifierRule(SpamClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<Reason> check(CommentSubmission submission, ScreeningPolicy policy) {
        double probability = classifier.spamProbability(submission.body());
        String detail = String.format("spam probability %.2f", probability);
        if (probability >= policy.classifierSpamProbability()) {
            return List.of(Reason.spam(ReasonCode.CLASSIFIER, probability, detail));
        }
        if (probability >= policy.classifierHoldProbability()) {
            return List.of(Reason.hold(ReasonCode.CLASSIFIER, probability, detail));
        }
        return List.of();
    }
}
