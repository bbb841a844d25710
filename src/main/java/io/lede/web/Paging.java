package io.lede.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Turns a query result fetched with one extra row into a page, and links the next page. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {}

    /** {@code rows} holds up to {@code limit + 1} items: the extra one only says that another page exists. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(
                List.copyOf(items), cursorOf.apply(items.get(limit - 1)).encode());
    }

    /** The URL of the next page: this request with the cursor replaced, or null on the last page. */
    public static String nextPageUrl(Paged page, UriInfo uri) {
        if (page.nextCursor() == null) {
            return null;
        }
        return uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", page.nextCursor())
                .build()
                .toString();
    }

    /** The page size a request asked for, answering 400 unless it is a whole number from 1 to 100. */
    public static int limit(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(requested.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other out-of-range value
        }
        throw Problems.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public static Cursor cursor(String encoded) {
        return encoded == null || encoded.isBlank() ? null : Cursor.decode(encoded);
    }
}
