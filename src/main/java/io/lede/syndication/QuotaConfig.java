package io.lede.syndication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Partner quotas and the usage ledger. A key without a plan of its own has the default plan stated here. */
@ConfigMapping(prefix = "lede.quotas")
public interface QuotaConfig {

    /** The default plan's requests per {@link #window()}. */
    @WithDefault("10000")
    long requests();

    /** The default plan's window. */
    @WithDefault("PT1H")
    Duration window();

    /** The default plan's burst: requests per {@link #burstWindow()}. */
    @WithDefault("50")
    long burst();

    /** The window a burst is counted in, for every plan. */
    @WithDefault("PT1S")
    Duration burstWindow();

    /**
     * How often each instance adds the requests it admitted to the shared counts in the database and learns the
     * other instances' (no database work per request). N instances can together overrun a quota by what N - 1 of
     * them admit in one such interval.
     */
    @WithDefault("PT1S")
    Duration sync();

    /** How often each instance writes the usage it counted in memory to the ledger (and always at shutdown). */
    @WithDefault("PT5S")
    Duration usageFlush();
}
