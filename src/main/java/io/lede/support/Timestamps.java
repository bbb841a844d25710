package io.lede.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the precision both databases keep, so what is stored is what is read back. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
