package io.lede.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed; under lede.changes. */
@ConfigMapping(prefix = "lede.changes")
public interface ChangesConfig {

    /** How often an instance looks for scheduled articles whose time has come, to announce them. */
    @WithDefault("1S")
    Duration releasePoll();

    /** The longest {@code wait} a change-feed request may ask for. */
    @WithDefault("15S")
    Duration maxWait();

    /** How often a waiting request looks whether content has changed (in memory; the database only when it has). */
    @WithDefault("200MS")
    Duration waitPoll();
}
