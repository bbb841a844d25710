package io.lede.web;

/** A problem that goes away by itself: answered with Retry-After, in seconds. */
public class RetryLaterException extends ProblemException {

    private final long retryAfterSeconds;

    public RetryLaterException(int status, String code, String title, String detail, long retryAfterSeconds) {
        super(status, code, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
