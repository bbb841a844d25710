package io.lede.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long browsers and CDNs may keep public answers, and how much memory this instance keeps them in. */
@ConfigMapping(prefix = "lede.cache")
public interface CacheConfig {

    @WithDefault("60")
    int maxAge();

    @WithDefault("300")
    int sMaxage();

    @WithDefault("600")
    int staleWhileRevalidate();

    /** Memory for public responses kept ready to serve; when it fills, the least used answers are evicted. */
    @WithDefault("64")
    int memoryMb();
}
