package io.lede.search;

import java.util.Locale;

/** What a search hit is. At equal score, hits sort in this order, then newest id first. */
public enum HitType {
    ARTICLE,
    QUOTE,
    PERSON;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
