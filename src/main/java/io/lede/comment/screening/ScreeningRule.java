package io.lede.comment.screening;

import java.util.List;

/** One layer of screening: the reasons it finds in a submission, none when it has nothing against it. */
interface ScreeningRule {

    /** @param comment the submission, the policy, and what the rules before this one have worked out of it */
    List<Reason> check(Analysis comment);
}
