package io.lede.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * An opaque keyset position: the sort value and id of the last item on a page. Clients pass it back unchanged; its
 * encoding may change without notice.
 */
public record Cursor(String sortKey, long id) {

    public static Cursor after(Instant time, long id) {
        return new Cursor(Long.toString(time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000), id);
    }

    public static Cursor after(String key, long id) {
        return new Cursor(key, id);
    }

    public String encode() {
        String raw = id + ":" + sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a request, answering 400 when it was not one Lede made. */
    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new Cursor(raw.substring(colon + 1), Long.parseLong(raw.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Problems.invalid("cursor", "is not a cursor from a previous page");
        }
    }

    public Instant sortTime() {
        try {
            long micros = Long.parseLong(sortKey);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        } catch (NumberFormatException e) {
            throw Problems.invalid("cursor", "is not a cursor from a previous page");
        }
    }
}
