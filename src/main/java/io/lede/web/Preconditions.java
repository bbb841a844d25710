package io.lede.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** Staff writes are guarded by version ETags of the form {@code "v12"}. */
public final class Preconditions {

    /** Stands for an If-Match tag that is no version of ours, so it can never match. */
    private static final long NO_VERSION = -1;

    private Preconditions() {}

    public static EntityTag versionTag(long version) {
        return new EntityTag("v" + version);
    }

    /** The version an If-Match header expects, or empty when there is no header or it is {@code *}. */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.matches("^\"v\\d{1,18}\"$")) {
                return OptionalLong.of(Long.parseLong(candidate.substring(2, candidate.length() - 1)));
            }
        }
        return OptionalLong.of(NO_VERSION);
    }

    public static void check(OptionalLong expected, long actual, String what) {
        if (expected.isPresent() && expected.getAsLong() != actual) {
            throw Problems.preconditionFailed("The " + what + " has changed since you read it (it is now at "
                    + versionTag(actual) + "); read it again and reapply your change.");
        }
    }
}
