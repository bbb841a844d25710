package io.lede.comment.screening;

import java.util.List;

/** Trust is earned once: after a moderator approves one comment, an author's later comments go straight up. */
final class FirstTimeCommenterRule implements ScreeningRule {

    @Override
    public List<Reason> check(Analysis comment) {
        if (!comment.policy().holdFirstTimeCommenters() || comment.submission().authorHasApprovedComment()) {
            return List.of();
        }
        return List.of(Reason.hold(ReasonCode.FIRST_TIME_COMMENTER, 1.0, "no approved comment from this author yet"));
    }
}
