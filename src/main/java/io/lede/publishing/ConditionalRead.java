package io.lede.publishing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How a read's preconditions decide between the full answer, 304 and 412, in the order RFC 9110 (section 13.2.2)
 * gives: If-Match, else If-Unmodified-Since; then If-None-Match, else If-Modified-Since. Served answers carry a
 * strong ETag and a Last-Modified in whole seconds; a date that cannot be read is ignored, as the RFC says.
 */
public final class ConditionalRead {

    public enum Outcome {
        FULL,
        NOT_MODIFIED,
        PRECONDITION_FAILED
    }

    /** The request's condition headers, each null when absent. */
    public record Conditions(String ifMatch, String ifUnmodifiedSince, String ifNoneMatch, String ifModifiedSince) {

        public boolean none() {
            return ifMatch == null && ifUnmodifiedSince == null && ifNoneMatch == null && ifModifiedSince == null;
        }
    }

    private ConditionalRead() {}

    /**
     * @param etag the answer's entity tag as sent, quotes included
     * @param lastModified the answer's Last-Modified, in whole seconds
     */
    public static Outcome evaluate(Conditions conditions, String etag, Instant lastModified) {
        if (conditions.none()) {
            return Outcome.FULL;
        }
        if (conditions.ifMatch() != null) {
            if (!matches(conditions.ifMatch(), etag, false)) {
                return Outcome.PRECONDITION_FAILED;
            }
        } else {
            Instant unmodifiedSince = date(conditions.ifUnmodifiedSince());
            if (unmodifiedSince != null && lastModified.isAfter(unmodifiedSince)) {
                return Outcome.PRECONDITION_FAILED;
            }
        }
        if (conditions.ifNoneMatch() != null) {
            return matches(conditions.ifNoneMatch(), etag, true) ? Outcome.NOT_MODIFIED : Outcome.FULL;
        }
        Instant modifiedSince = date(conditions.ifModifiedSince());
        return modifiedSince != null && !lastModified.isAfter(modifiedSince) ? Outcome.NOT_MODIFIED : Outcome.FULL;
    }

    /** Whether a list of entity tags (or {@code *}) names this one; weak comparison ignores {@code W/}. */
    static boolean matches(String header, String etag, boolean weak) {
        int start = 0;
        int length = header.length();
        while (start < length) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            String candidate = header.substring(start, end).strip();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                if (weak && candidate.substring(2).equals(etag)) {
                    return true;
                }
            } else if (candidate.equals(etag)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static Instant date(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
