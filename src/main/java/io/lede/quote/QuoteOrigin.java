package io.lede.quote;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the extractor found a quotation or an editor added it. */
public enum QuoteOrigin {
    EXTRACTED,
    EDITOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
