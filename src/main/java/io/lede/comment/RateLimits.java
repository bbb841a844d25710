package io.lede.comment;

import io.lede.web.RateLimitPolicy;
import io.lede.web.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Posting limits, per IP hash and per email hash, in fixed windows. They are counted in the database on every post
 * (one statement for both), so every instance shares them and a restart keeps them.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter limiter;
    private final RateLimitPolicy perIp;
    private final RateLimitPolicy perEmail;

    public RateLimits(RateLimiter limiter, CommentConfig config) {
        this.limiter = limiter;
        CommentConfig comments = config;
        this.perIp = RateLimitPolicy.exact(
                "comment-posts-per-ip", "comments from this address", comments.perIp(), comments.rateWindow());
        this.perEmail = RateLimitPolicy.exact(
                "comment-posts-per-email",
                "comments from this email address",
                comments.perEmail(),
                comments.rateWindow());
    }

    /** Counts one post, or answers 429 when either limit is spent. */
    public void spend(Commenter commenter) {
        limiter.spend(perIp.by(commenter.ipHash()), perEmail.by(commenter.emailHash()));
    }
}
