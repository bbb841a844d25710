package io.lede.comment.screening;

/** The stable, machine-readable names of the screening rules, as stored with a comment and shown to moderators. */
public enum ReasonCode {
    HONEYPOT("honeypot"),
    TOO_MANY_LINKS("too-many-links"),
    BLOCKED_WORD("blocked-word"),
    HELD_WORD("held-word"),
    DUPLICATE("duplicate"),
    NEAR_DUPLICATE("near-duplicate"),
    FIRST_TIME_COMMENTER("first-time-commenter"),
    LINK("link"),
    SELF_PROMOTION("self-promotion"),
    MONEY_OFFER("money-offer"),
    ENGAGEMENT_BAIT("engagement-bait"),
    WAVE("wave"),
    CLASSIFIER("classifier");

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReasonCode ofCode(String code) {
        for (ReasonCode reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("no reason code " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
