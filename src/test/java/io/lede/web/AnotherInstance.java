package io.lede.web;

import io.quarkus.arc.Arc;

/** For tests in other packages: a second instance's limiter, sharing nothing with this one but the database. */
public final class AnotherInstance {

    private AnotherInstance() {}

    public static RateLimiter rateLimiter() {
        return new RateLimiter(
                Arc.container().instance(RateLimitCounters.class).get(),
                Arc.container().instance(Housekeeping.class).get());
    }
}
