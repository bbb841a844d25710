package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistical layer: what moderators' past decisions say about text like this, plus the spam signals the text
 * shows ({@link SpamSignals}), each adding its weight to the classifier's log-odds. So a link from a reader whose
 * text reads like a reader's passes, while a link with "check out my channel" is spam even when the classifier has
 * never seen the words.
 *
 * <p>When the combined probability reaches a threshold, every signal that contributed is a reason of its own (with
 * the combined outcome and probability), followed by the {@code classifier} reason with both probabilities.
 */
final class ClassifierRule implements ScreeningRule {

    private final SpamClassifier classifier;

    ClassifierRule(SpamClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<Reason> check(Analysis comment) {
        ScreeningPolicy policy = comment.policy();
        SpamClassifier.Judgement text = classifier.judge(comment.features());
        List<SpamSignals.Signal> signals = SpamSignals.of(comment);
        double logOdds = text.logOdds();
        for (SpamSignals.Signal signal : signals) {
            logOdds += policy.signalWeights().of(signal.code());
        }
        double probability = 1.0 / (1.0 + Math.exp(-logOdds));
        ScreeningStatus outcome = probability >= policy.classifierSpamProbability()
                ? ScreeningStatus.SPAM
                : probability >= policy.classifierHoldProbability()
                        ? ScreeningStatus.PENDING
                        : ScreeningStatus.APPROVED;
        if (outcome == ScreeningStatus.APPROVED) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>(signals.size() + 1);
        for (SpamSignals.Signal signal : signals) {
            if (policy.signalWeights().of(signal.code()) > 0) {
                reasons.add(new Reason(signal.code(), outcome, probability, signal.detail()));
            }
        }
        String detail = signals.isEmpty()
                ? String.format("spam probability %.2f", probability)
                : String.format("spam probability %.2f (text alone %.2f)", probability, text.probability());
        reasons.add(new Reason(ReasonCode.CLASSIFIER, outcome, probability, detail));
        return reasons;
    }
}
