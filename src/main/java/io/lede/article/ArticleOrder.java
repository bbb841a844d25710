package io.lede.article;

import io.lede.article.ArticleQueries.SummaryRow;
import io.lede.support.JpqlQuery;
import io.lede.web.Cursor;
import io.lede.web.Problems;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The orders of the public article list, each a keyset over one column and the id (ties broken by id, in the same
 * direction). A cursor names its order, so a cursor from one order is refused by another instead of silently
 * skipping or repeating articles.
 */
public enum ArticleOrder {
    NEWEST("-publishedAt", "a.publishAt", true, row -> time(row.publishAt())),
    OLDEST("publishedAt", "a.publishAt", false, row -> time(row.publishAt())),
    TITLE("title", "a.title", false, SummaryRow::title),
    RECENTLY_UPDATED("-updatedAt", "a.updatedAt", true, row -> time(row.updatedAt())),
    MOST_COMMENTED("-commentCount", "a.commentCount", true, row -> Long.toString(row.commentCount()));

    public static final String VALUES = "-publishedAt, publishedAt, title, -updatedAt, -commentCount";

    private static final char SEPARATOR = '~';

    private final String parameter;
    private final String field;
    private final boolean descending;
    private final Function<SummaryRow, String> key;

    ArticleOrder(String parameter, String field, boolean descending, Function<SummaryRow, String> key) {
        this.parameter = parameter;
        this.field = field;
        this.descending = descending;
        this.key = key;
    }

    /** The order a {@code sort} parameter names; newest first when absent; 400 for any other value. */
    public static ArticleOrder of(String sort) {
        if (sort == null || sort.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values())
                .filter(order -> order.parameter.equals(sort.strip()))
                .findFirst()
                .orElseThrow(() -> Problems.invalid("sort", "must be one of " + VALUES));
    }

    public String parameter() {
        return parameter;
    }

    /** JPQL order by clause. */
    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return field + direction + ", a.id" + direction;
    }

    /** The cursor after this row in this order. */
    public Cursor cursorAfter(SummaryRow row) {
        return Cursor.after(parameter + SEPARATOR + key.apply(row), row.id());
    }

    /** Narrows the query to what sorts after the cursor; 400 when the cursor was made for another order. */
    public JpqlQuery seek(JpqlQuery query, Cursor cursor) {
        if (cursor == null) {
            return query;
        }
        String sortKey = cursor.sortKey();
        int separator = sortKey.indexOf(SEPARATOR);
        if (separator < 0 && this == NEWEST) {
            // A cursor made before lists could be sorted: the newest-first time alone.
            return query.seek(field, cursor.sortTime(), "a.id", cursor.id(), descending);
        }
        if (separator < 0 || !sortKey.substring(0, separator).equals(parameter)) {
            throw Problems.invalid("cursor", "was made for another sort order; pass the sort it came with");
        }
        Cursor value = new Cursor(sortKey.substring(separator + 1), cursor.id());
        Object bound =
                switch (this) {
                    case TITLE -> value.sortKey();
                    case MOST_COMMENTED -> count(value.sortKey());
                    default -> value.sortTime();
                };
        return query.seek(field, bound, "a.id", cursor.id(), descending);
    }

    private static long count(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw Problems.invalid("cursor", "is not a cursor from a previous page");
        }
    }

    private static String time(Instant instant) {
        return Cursor.after(instant, 0).sortKey();
    }
}
