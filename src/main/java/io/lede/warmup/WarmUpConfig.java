package io.lede.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lede")
public interface WarmUpConfig {

    /** Run each public query once in the background after start, so the first readers do not pay for it. */
    @WithDefault("true")
    boolean warmUp();
}
