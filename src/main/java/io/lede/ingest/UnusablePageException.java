package io.lede.ingest;

/** The input has nothing a story could be made of. */
public class UnusablePageException extends RuntimeException {

    public UnusablePageException(String message) {
        super(message, null, false, false);
    }
}
