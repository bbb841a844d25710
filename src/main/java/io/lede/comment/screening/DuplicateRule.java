package io.lede.comment.screening;

import java.util.List;

/**
 * Spam arrives in waves: one text, or one template with a word swapped, posted under many articles within minutes.
 * Texts compare by their lowercase words, so punctuation and spacing changes do not hide an exact repeat. Each
 * submission reports at most one duplicate reason: exact when any recent comment matches exactly, otherwise
 * near-duplicate with the highest similarity found.
 */
final class DuplicateRule implements ScreeningRule {

    @Override
    public List<Reason> check(Analysis comment) {
        ScreeningPolicy policy = comment.policy();
        if (comment.fingerprint().wordCount() < policy.duplicateMinWords()) {
            return List.of();
        }
        Analysis.Comparison found = comment.comparison();
        if (found.exact() > 0) {
            int exact = found.exact();
            String detail = "same text as " + exact + " recent comment" + (exact == 1 ? "" : "s");
            return List.of(
                    policy.duplicateIsSpam()
                            ? Reason.spam(ReasonCode.DUPLICATE, 1.0, detail)
                            : Reason.hold(ReasonCode.DUPLICATE, 1.0, detail));
        }
        if (found.near() > 0) {
            int near = found.near();
            return List.of(Reason.hold(
                    ReasonCode.NEAR_DUPLICATE,
                    found.closest(),
                    String.format(
                            "similar to %d recent comment%s (closest %.2f)",
                            near, near == 1 ? "" : "s", found.closest())));
        }
        return List.of();
    }
}
