package io.lede.comment;

import io.lede.web.LedeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window limits on posting, per IP hash and per email hash, kept in this instance's memory: several
 * instances each allow the limit (documented in the README).
 */
@ApplicationScoped
public class RateLimits {

    private record Window(Instant start, int used) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Duration length;
    private final int perIp;
    private final int perEmail;

    public RateLimits(LedeConfig config) {
        this.length = config.comments().rateWindow();
        this.perIp = config.comments().perIp();
        this.perEmail = config.comments().perEmail();
    }

    /** Counts one post, or answers 429 when either limit is spent. */
    public void spend(String ipHash, String emailHash) {
        Instant now = Instant.now();
        check("ip:" + ipHash, perIp, now);
        check("email:" + emailHash, perEmail, now);
        if (windows.size() > 100_000) {
            windows.values().removeIf(window -> window.start().plus(length).isBefore(now));
        }
    }

    private void check(String key, int limit, Instant now) {
        Window window = windows.compute(
                key,
                (k, current) -> current == null || !current.start().plus(length).isAfter(now)
                        ? new Window(now, 1)
                        : new Window(current.start(), current.used() + 1));
        if (window.used() > limit) {
            long reset = Math.max(
                    1, Duration.between(now, window.start().plus(length)).toSeconds());
            throw new RateLimitedException(limit, length.toSeconds(), reset);
        }
    }
}
