package io.lede.web;

/** A caller spent an allowance; answered with 429, Retry-After and the IETF RateLimit headers. */
public class RateLimitedException extends RuntimeException {

    private final long limit;
    private final long windowSeconds;
    private final long resetSeconds;

    public RateLimitedException(String detail, long limit, long windowSeconds, long resetSeconds) {
        super(detail, null, false, false);
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.resetSeconds = resetSeconds;
    }

    public long limit() {
        return limit;
    }

    public long windowSeconds() {
        return windowSeconds;
    }

    public long resetSeconds() {
        return resetSeconds;
    }
}
