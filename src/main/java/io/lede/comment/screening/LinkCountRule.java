package io.lede.comment.screening;

import java.util.List;

/** A reader citing a source posts a link or two; a link farm posts many. */
final class LinkCountRule implements ScreeningRule {

    @Override
    public List<Reason> check(Analysis comment) {
        int links = comment.links().size();
        int max = comment.policy().maxLinks();
        if (links <= max) {
            return List.of();
        }
        return List.of(Reason.hold(ReasonCode.TOO_MANY_LINKS, 1.0, links + " links, more than " + max + " allowed"));
    }
}
