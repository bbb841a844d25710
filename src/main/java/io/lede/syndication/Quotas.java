package io.lede.syndication;

import io.lede.web.RateLimitPolicy;
import io.lede.web.RateLimiter;
import io.lede.web.RateLimiter.Allowance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Partner quotas on the shared limiter, per key: the plan's requests per window and its burst per burst window,
 * both reconciled (counted in memory, settled with the database every {@link QuotaConfig#sync()}), so a partner
 * read never waits on a database write. The burst is checked first: a request refused for its burst does not
 * spend the window's allowance.
 */
@ApplicationScoped
public class Quotas {

    static final String REQUESTS = "partner-requests";
    static final String BURST = "partner-burst";

    private final RateLimiter limiter;
    private final QuotaConfig config;

    public Quotas(RateLimiter limiter, QuotaConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    /**
     * Counts one request by the caller's key and says what is left of the tighter of its two allowances, or throws
     * RateLimitedException (429) when either is spent.
     */
    public Allowance spend(PartnerCaller caller) {
        QuotaPlan plan = planOf(caller);
        String key = Long.toString(caller.keyId());
        RateLimitPolicy burst = RateLimitPolicy.reconciled(
                BURST, "requests with this key in a burst", plan.burst(), config.burstWindow(), config.sync());
        RateLimitPolicy requests = RateLimitPolicy.reconciled(
                REQUESTS,
                "requests with this key",
                plan.requests(),
                Duration.ofSeconds(plan.windowSeconds()),
                config.sync());
        Allowance inBurst = limiter.spend(burst.by(key));
        Allowance inWindow = limiter.spend(requests.by(key));
        return inWindow.tighter(inBurst);
    }

    /** The IETF RateLimit-Policy value of the caller's plan: the window's quota, then the burst. */
    public String policies(PartnerCaller caller) {
        return policies(planOf(caller));
    }

    QuotaPlan planOf(PartnerCaller caller) {
        return caller.plan() == null ? QuotaPlan.defaults(config) : caller.plan();
    }

    private String policies(QuotaPlan plan) {
        return plan.requests() + ";w=" + plan.windowSeconds() + ", " + plan.burst() + ";w="
                + config.burstWindow().toSeconds();
    }
}
