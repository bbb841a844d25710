package io.lede.comment.screening;

import java.util.List;

/** One layer of screening: the reasons it finds in a submission, none when it has nothing against it. */
interface ScreeningRule {

    List<Reason> check(CommentSubmission submission, ScreeningPolicy policy);
}
