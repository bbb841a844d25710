package io.lede.comment;

/** What a moderator's decision says a comment is, as the classifier learns it. */
public enum SpamLabel {
    HAM,
    SPAM;

    /** The label a decision teaches: approving (or restoring) is not-spam, spam is spam; other decisions teach nothing. */
    static SpamLabel taughtBy(CommentStatus decision) {
        return switch (decision) {
            case APPROVED -> HAM;
            case SPAM -> SPAM;
            default -> null;
        };
    }
}
