package io.lede.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Function;

/** Timestamps at the precision both databases keep, so what is stored is what is read back. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The latest of the items' times, for Last-Modified; the epoch when there are none. */
    public static <T> Instant latest(Collection<T> items, Function<T, Instant> time) {
        return items.stream().map(time).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** A timestamp as a native query returns it, whichever the driver's type. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return (Instant) value;
    }
}
