package io.lede.quote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lede.quotes")
public interface QuoteConfig {

    /** Extracted quotations at least this confident are confirmed without review; above 1 turns it off. */
    @WithDefault("0.9")
    double autoConfirmAt();
}
