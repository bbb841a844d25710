package io.lede.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long preview links live. */
@ConfigMapping(prefix = "lede.preview")
public interface PreviewConfig {

    /** The life of a link created without {@code expiresAt}. */
    @WithDefault("72H")
    Duration defaultLifetime();

    /** The longest life a link may be given. */
    @WithDefault("30D")
    Duration maxLifetime();
}
