package io.lede.comment;

/** A caller spent its posting allowance; answered with 429 and the IETF RateLimit headers. */
public class RateLimitedException extends RuntimeException {

    private final int limit;
    private final long windowSeconds;
    private final long resetSeconds;

    public RateLimitedException(int limit, long windowSeconds, long resetSeconds) {
        super("Too many comments from this address; try again in " + resetSeconds + " seconds.", null, false, false);
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.resetSeconds = resetSeconds;
    }

    public int limit() {
        return limit;
    }

    public long windowSeconds() {
        return windowSeconds;
    }

    public long resetSeconds() {
        return resetSeconds;
    }
}
