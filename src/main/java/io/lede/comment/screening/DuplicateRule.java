package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Spam arrives in waves: one text, or one template with a word swapped, posted under many articles within minutes.
 * Texts compare by their lowercase words, so punctuation and spacing changes do not hide an exact repeat. Each
 * submission reports at most one duplicate reason: exact when any recent comment matches exactly, otherwise
 * near-duplicate with the highest similarity found.
 */
final class DuplicateRule implements ScreeningRule {

    @Override
    public List<Reason> check(CommentSubmission submission, ScreeningPolicy policy) {
        TextFingerprint fingerprint = TextFingerprint.of(submission.body(), policy.shingleWords());
        if (fingerprint.wordCount() < policy.duplicateMinWords()) {
            return List.of();
        }
        int exact = 0;
        int near = 0;
        double closest = 0;
        for (TextFingerprint recent : submission.recentComments()) {
            if (recent.sameWords(fingerprint)) {
                exact++;
                continue;
            }
            double similarity = fingerprint.similarity(recent);
            if (similarity >= policy.nearDuplicateSimilarity()) {
                near++;
                closest = Math.max(closest, similarity);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        if (exact > 0) {
            String detail = "same text as " + exact + " recent comment" + (exact == 1 ? "" : "s");
            reasons.add(
                    policy.duplicateIsSpam()
                            ? Reason.spam(ReasonCode.DUPLICATE, 1.0, detail)
                            : Reason.hold(ReasonCode.DUPLICATE, 1.0, detail));
        } else if (near > 0) {
            reasons.add(Reason.hold(
                    ReasonCode.NEAR_DUPLICATE,
                    closest,
                    String.format(
                            "similar to %d recent comment%s (closest %.2f)", near, near == 1 ? "" : "s", closest)));
        }
        return reasons;
    }
}
