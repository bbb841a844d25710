package io.lede.comment.screening;

/**
 * One rule that fired.
 *
 * @param code which rule
 * @param outcome what this rule alone asks for: {@link ScreeningStatus#PENDING} (hold) or {@link ScreeningStatus#SPAM}
 * @param score how strongly it fired, 0 to 1: the classifier's probability, the near-duplicate similarity, 1 for
 *     rules that either fire or do not
 * @param detail for moderators: what matched
 */
public record Reason(ReasonCode code, ScreeningStatus outcome, double score, String detail) {

    static Reason hold(ReasonCode code, double score, String detail) {
        return new Reason(code, ScreeningStatus.PENDING, score, detail);
    }

    static Reason spam(ReasonCode code, double score, String detail) {
        return new Reason(code, ScreeningStatus.SPAM, score, detail);
    }
}
