package io.lede.web;

import io.lede.support.Timestamps;
import io.lede.web.RateLimitCounters.Addition;
import io.lede.web.RateLimitCounters.Count;
import io.lede.web.RateLimitPolicy.Use;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every limit Lede enforces, counted in the database so that several instances share it and a restart keeps it.
 * An exact policy adds each use to the shared count as it happens (one statement for all of a request's limits);
 * a reconciled policy counts in memory and settles with the shared count in the background, for limits checked on
 * reads that must not write. Either way a spent allowance is a {@link RateLimitedException}: 429 with Retry-After
 * and the IETF RateLimit and RateLimit-Policy headers.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration RECONCILE_EVERY = Duration.ofMillis(100);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    /**
     * How long an idle subject's count stays in memory after its window ends, so that a short window (a burst
     * limit of a second) does not cost a database read on each of a slow caller's uses.
     */
    private static final Duration KEEP_IDLE = Duration.ofMinutes(1);

    /**
     * What is left of the tightest of the allowances a use spent, for the IETF {@code RateLimit} header: the one with
     * the fewest uses remaining (of two with as many, the one that resets later).
     */
    public record Allowance(long limit, long remaining, long resetSeconds, long windowSeconds) {

        public Allowance tighter(Allowance other) {
            if (other == null) {
                return this;
            }
            if (other.remaining != remaining) {
                return other.remaining < remaining ? other : this;
            }
            return other.resetSeconds > resetSeconds ? other : this;
        }
    }

    private record Key(String policy, String subject) {}

    /** A reconciled policy's count for one subject, as this instance knows it. Guarded by its own monitor. */
    private static final class Bucket {
        RateLimitPolicy policy;
        final String subject;
        long shared;
        long pending;
        Instant resetsAt;
        Instant reconciledAt;
        Instant touchedAt;

        Bucket(RateLimitPolicy policy, String subject, long shared, Instant resetsAt, Instant reconciledAt) {
            this.policy = policy;
            this.subject = subject;
            this.shared = shared;
            this.resetsAt = resetsAt;
            this.reconciledAt = reconciledAt;
        }
    }

    private final RateLimitCounters counters;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitCounters counters, Housekeeping housekeeping) {
        this.counters = counters;
        housekeeping.every(RECONCILE_EVERY, "reconcile rate-limit counts", this::reconcile);
        housekeeping.every(
                SWEEP_EVERY,
                "sweep ended rate-limit windows",
                () -> counters.sweep(Timestamps.now().minus(Duration.ofMinutes(1))));
    }

    /**
     * Counts one use of each; throws when any of them is over its limit (every one is counted all the same), and
     * otherwise says what is left of the tightest allowance.
     */
    public Allowance spend(Use... uses) {
        return spend(List.of(uses));
    }

    public Allowance spend(List<Use> uses) {
        Instant now = Timestamps.now();
        Allowance[] left = new Allowance[1];
        RateLimitedException refused =
                spendExactly(uses.stream().filter(use -> use.policy().isExact()).toList(), now, left);
        for (Use use : uses) {
            if (!use.policy().isExact()) {
                refused = later(refused, spendLocally(use, now, left));
            }
        }
        if (refused != null) {
            throw refused;
        }
        return left[0];
    }

    private RateLimitedException spendExactly(List<Use> uses, Instant now, Allowance[] left) {
        if (uses.isEmpty()) {
            return null;
        }
        Map<Key, Long> times = new LinkedHashMap<>();
        Map<Key, RateLimitPolicy> policies = new HashMap<>();
        for (Use use : uses) {
            Key key = new Key(use.policy().name(), use.subject());
            times.merge(key, 1L, Long::sum);
            policies.put(key, use.policy());
        }
        List<Addition> additions = times.entrySet().stream()
                .map(entry -> new Addition(
                        entry.getKey().policy(),
                        entry.getKey().subject(),
                        entry.getValue(),
                        now.plus(policies.get(entry.getKey()).window())))
                .toList();
        RateLimitedException refused = null;
        for (Count count : counters.add(additions, now)) {
            RateLimitPolicy policy = policies.get(new Key(count.policy(), count.subject()));
            if (policy != null && count.used() > policy.limit()) {
                refused = later(refused, exceeded(policy, count.resetsAt(), now));
            } else if (policy != null) {
                left[0] = allowance(policy, count.used(), count.resetsAt(), now).tighter(left[0]);
            }
        }
        return refused;
    }

    private RateLimitedException spendLocally(Use use, Instant now, Allowance[] left) {
        Key key = new Key(use.policy().name(), use.subject());
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            Bucket loaded = load(use, now);
            bucket = buckets.putIfAbsent(key, loaded);
            bucket = bucket == null ? loaded : bucket;
        }
        synchronized (bucket) {
            // A policy's limit, window or sync may change (a partner's new plan): the latest applies from this use.
            bucket.policy = use.policy();
            bucket.touchedAt = now;
            if (!now.isBefore(bucket.resetsAt)) {
                bucket.shared = 0;
                bucket.pending = 0;
                bucket.resetsAt = now.plus(use.policy().window());
            }
            if (bucket.shared + bucket.pending >= use.policy().limit()) {
                return exceeded(use.policy(), bucket.resetsAt, now);
            }
            bucket.pending++;
            left[0] = allowance(use.policy(), bucket.shared + bucket.pending, bucket.resetsAt, now)
                    .tighter(left[0]);
            return null;
        }
    }

    /** The shared count when the database answers; when it does not, a fresh count settled later. */
    private Bucket load(Use use, Instant now) {
        Instant resetsAt = now.plus(use.policy().window());
        try {
            Count count = counters.add(List.of(new Addition(use.policy().name(), use.subject(), 0, resetsAt)), now)
                    .get(0);
            return new Bucket(use.policy(), use.subject(), count.used(), count.resetsAt(), now);
        } catch (RuntimeException e) {
            return new Bucket(use.policy(), use.subject(), 0, resetsAt, null);
        }
    }

    /** Adds this instance's uses to the shared counts and learns the other instances' in return. */
    void reconcile() {
        Instant now = Timestamps.now();
        Map<Key, Long> flushed = new HashMap<>();
        List<Addition> additions = new ArrayList<>();
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                boolean idle = bucket.pending == 0
                        && (bucket.touchedAt == null
                                || bucket.touchedAt.plus(bucket.policy.window()).isBefore(now));
                if (idle && bucket.resetsAt.plus(KEEP_IDLE).isBefore(now)) {
                    return true;
                }
                // Uses counted at the very instant the bucket was loaded are pending too: they are due as well.
                boolean due = bucket.reconciledAt == null
                        || (bucket.touchedAt != null
                                && (bucket.pending > 0 || bucket.touchedAt.isAfter(bucket.reconciledAt))
                                && !bucket.reconciledAt
                                        .plus(bucket.policy.sync())
                                        .isAfter(now));
                if (due) {
                    flushed.put(new Key(bucket.policy.name(), bucket.subject), bucket.pending);
                    // Uses of a window that has ended (a window no longer than the sync interval) must not be
                    // carried into the next one: they are forgotten, and the shared count only learned.
                    long uses = bucket.resetsAt.isAfter(now) ? bucket.pending : 0;
                    additions.add(
                            new Addition(bucket.policy.name(), bucket.subject, uses, now.plus(bucket.policy.window())));
                }
                return false;
            }
        });
        for (Count count : counters.add(additions, now)) {
            Key key = new Key(count.policy(), count.subject());
            Bucket bucket = buckets.get(key);
            if (bucket == null) {
                continue;
            }
            synchronized (bucket) {
                bucket.pending = Math.max(0, bucket.pending - flushed.getOrDefault(key, 0L));
                bucket.shared = count.used();
                bucket.resetsAt = count.resetsAt();
                bucket.reconciledAt = now;
            }
        }
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        try {
            reconcile();
        } catch (RuntimeException e) {
            // The database is away: the uses counted here since the last reconciliation are lost with this instance.
        }
    }

    private static Allowance allowance(RateLimitPolicy policy, long used, Instant resetsAt, Instant now) {
        long reset = Math.max(0, (Duration.between(now, resetsAt).toMillis() + 999) / 1000);
        return new Allowance(
                policy.limit(),
                Math.max(0, policy.limit() - used),
                reset,
                policy.window().toSeconds());
    }

    private static RateLimitedException exceeded(RateLimitPolicy policy, Instant resetsAt, Instant now) {
        long reset = Math.max(1, Duration.between(now, resetsAt).toSeconds());
        long window = policy.window().toSeconds();
        return new RateLimitedException(
                "Too many " + policy.counts() + ": the limit is " + policy.limit() + " per " + window
                        + " seconds. Try again in " + reset + " seconds.",
                policy.limit(),
                window,
                reset);
    }

    /** Of two refusals, the one that lasts longer: the caller must wait for both. */
    private static RateLimitedException later(RateLimitedException one, RateLimitedException other) {
        if (one == null) {
            return other;
        }
        if (other == null) {
            return one;
        }
        return other.resetSeconds() > one.resetSeconds() ? other : one;
    }
}
