package io.lede.syndication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "lede.partners")
public interface PartnersConfig {

    /**
     * How long an instance trusts what it last read about a key. A key revoked, rotated out or suspended on one
     * instance stops working there at once and on every other instance within this time.
     */
    @WithDefault("PT1S")
    Duration credentialCache();

    /** How long a rotated key keeps working beside its replacement, unless the rotation says otherwise. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /**
     * A key for the demo partner "Harbour Wire" (tier standard), created at start if set: for development and
     * tests only.
     */
    Optional<String> devKey();
}
