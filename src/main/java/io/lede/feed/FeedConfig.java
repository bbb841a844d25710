package io.lede.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Feeds and oEmbed. */
@ConfigMapping(prefix = "lede.feeds")
public interface FeedConfig {

    /** Articles per feed page when the URL names no {@code limit} (1–100). */
    @WithDefault("20")
    int pageSize();

    /**
     * How long a withdrawn article stays in the first page of its feeds as a tombstone (Atom {@code at:deleted-entry},
     * JSON Feed {@code _tombstone}): long enough for a reader polling daily, or back from a week away, to see it.
     */
    @WithDefault("30D")
    Duration tombstoneWindow();

    /** At most this many tombstones on a feed's first page, most recently withdrawn first. */
    @WithDefault("50")
    int maxTombstones();

    /** oEmbed: how long a consumer may keep an answer ({@code cache_age}, seconds). */
    @WithDefault("3600")
    int oembedCacheAge();

    /** oEmbed: the width of an embed when the consumer sets no {@code maxwidth}, in CSS pixels. */
    @WithDefault("550")
    int oembedWidth();
}
