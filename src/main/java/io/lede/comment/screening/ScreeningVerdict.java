package io.lede.comment.screening;

import java.util.List;

/** The status for a new comment and every rule that fired, in the order the rules ran. */
public record ScreeningVerdict(ScreeningStatus status, List<Reason> reasons) {

    public ScreeningVerdict {
        reasons = List.copyOf(reasons);
    }

    /** The most severe outcome among the reasons; no reasons means approved. */
    static ScreeningVerdict of(List<Reason> reasons) {
        ScreeningStatus status = ScreeningStatus.APPROVED;
        for (Reason reason : reasons) {
            status = status.orWorse(reason.outcome());
        }
        return new ScreeningVerdict(status, reasons);
    }

    public boolean fired(ReasonCode code) {
        return reasons.stream().anyMatch(reason -> reason.code() == code);
    }
}
