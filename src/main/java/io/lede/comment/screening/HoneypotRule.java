package io.lede.comment.screening;

import java.util.List;

/** People never see the honeypot field, so only a form-filling bot puts anything in it. */
final class HoneypotRule implements ScreeningRule {

    @Override
    public List<Reason> check(Analysis comment) {
        String honeypot = comment.submission().honeypot();
        if (honeypot == null || honeypot.isBlank()) {
            return List.of();
        }
        return List.of(Reason.spam(ReasonCode.HONEYPOT, 1.0, "the hidden field was filled in"));
    }
}
