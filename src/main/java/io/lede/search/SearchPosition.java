package io.lede.search;

import io.lede.web.Cursor;
import io.lede.web.Problems;
import java.time.Instant;

/**
 * Where a page of hits ends: the last hit's score, type and id, and the instant the recency boost was measured
 * from, so every page of one search ranks alike however long the reader takes.
 */
record SearchPosition(double score, HitType type, long id, Instant asOf) {

    static SearchPosition after(Hit hit, Instant asOf) {
        return new SearchPosition(hit.score(), hit.type(), hit.id(), asOf);
    }

    Cursor cursor() {
        long micros = asOf.getEpochSecond() * 1_000_000L + asOf.getNano() / 1_000;
        return Cursor.after(score + "~" + type.ordinal() + "~" + micros, id);
    }

    static SearchPosition of(Cursor cursor) {
        try {
            String[] parts = cursor.sortKey().split("~", -1);
            double score = Double.parseDouble(parts[0]);
            HitType type = HitType.values()[Integer.parseInt(parts[1])];
            long micros = Long.parseLong(parts[2]);
            if (parts.length != 3 || !Double.isFinite(score)) {
                throw new IllegalArgumentException();
            }
            Instant asOf = Instant.ofEpochSecond(
                    Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new SearchPosition(score, type, cursor.id(), asOf);
        } catch (RuntimeException e) {
            throw Problems.invalid("cursor", "is not a cursor from a previous page");
        }
    }
}
