package io.lede.web.openapi;

/**
 * Extensions a resource method puts on its operation, with {@code @Extension(name = …, value = "true")}, where the
 * spec filter cannot tell a fact from the operation itself. The filter reads them and removes them from the spec.
 */
public final class OpenApiHints {

    /** The operation never touches the database, so it cannot answer 503 when the database is unreachable. */
    public static final String NO_DATABASE = "x-lede-no-database";

    /** The operation is a POST that changes nothing, so it cannot conflict with another change (409). */
    public static final String CHANGES_NOTHING = "x-lede-changes-nothing";

    static final String PREFIX = "x-lede-";

    private OpenApiHints() {}
}
