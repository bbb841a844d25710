package io.lede.comment.screening;

/** Where screening puts a new comment; later constants are more severe. */
public enum ScreeningStatus {
    APPROVED,
    PENDING,
    SPAM;

    ScreeningStatus orWorse(ScreeningStatus other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
