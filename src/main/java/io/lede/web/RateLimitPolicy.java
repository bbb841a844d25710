package io.lede.web;

import java.time.Duration;

/**
 * A limit on how often one subject may do something: {@code limit} uses per fixed {@code window}, which starts
 * with the subject's first use. Every instance counts in the database, so the limit holds across instances and
 * restarts.
 *
 * @param name names the policy in the database; keep it stable
 * @param counts what is counted, for the 429's detail: "comments from one email address"
 * @param sync zero to count every use in the database as it happens (exact: one write per use, for writes such as
 *     comment posting); otherwise each instance counts uses in memory and adds them to the shared count this
 *     often, deciding from the shared count as of its last reconciliation plus its own uses since (no database
 *     work per use, for hot reads such as partner quotas). A reconciled limit can be overrun by what the other
 *     instances admit within one interval.
 */
public record RateLimitPolicy(String name, String counts, long limit, Duration window, Duration sync) {

    public RateLimitPolicy {
        if (name.length() > 40 || limit < 0 || window.isNegative() || window.isZero() || sync.isNegative()) {
            throw new IllegalArgumentException("Not a usable rate-limit policy: " + name);
        }
    }

    /** Counted in the database on every use. */
    public static RateLimitPolicy exact(String name, String counts, long limit, Duration window) {
        return new RateLimitPolicy(name, counts, limit, window, Duration.ZERO);
    }

    /** Counted in memory and reconciled with the database every {@code sync}. */
    public static RateLimitPolicy reconciled(String name, String counts, long limit, Duration window, Duration sync) {
        return new RateLimitPolicy(name, counts, limit, window, sync);
    }

    boolean isExact() {
        return sync.isZero();
    }

    /** One use of this policy by a subject. */
    public Use by(String subject) {
        return new Use(this, subject);
    }

    /** @param subject who is counted: a keyed hash or an id, never a raw address (at most 128 characters) */
    public record Use(RateLimitPolicy policy, String subject) {}
}
