package io.lede.comment;

import com.fasterxml.jackson.annotation.JsonValue;

public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM,
    REJECTED,
    DELETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
