package io.lede.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    /** A scheduled article is published once its time has come, with no job having to flip it. */
    public ArticleStatus at(Instant publishAt, Instant now) {
        return this == SCHEDULED && publishAt != null && !publishAt.isAfter(now) ? PUBLISHED : this;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
