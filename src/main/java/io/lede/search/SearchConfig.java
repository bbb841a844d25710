package io.lede.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Search (the endpoint {@code /api/v1/search} and {@code q} on lists). */
@ConfigMapping(prefix = "lede.search")
public interface SearchConfig {

    /**
     * On PostgreSQL, the most rows of one type that are ranked for one query: the most recently published of those
     * that match the words and pass the filters and visibility. Ranking reads every candidate's vector, so a word
     * found in much of the archive would otherwise cost seconds; a match older than the newest this many ranks
     * nowhere.
     */
    @WithDefault("1000")
    @Min(10)
    @Max(1000000)
    int candidates();
}
