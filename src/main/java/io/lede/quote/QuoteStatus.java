package io.lede.quote;

import com.fasterxml.jackson.annotation.JsonValue;

/** What editors decided about a quotation. */
public enum QuoteStatus {
    SUGGESTED,
    CONFIRMED,
    REJECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
