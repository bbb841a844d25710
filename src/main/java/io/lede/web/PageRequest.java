package io.lede.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes: a keyset cursor and a page size. */
public class PageRequest {

    @QueryParam("cursor")
    @Parameter(description = "The `nextCursor` of the previous page")
    String cursor;

    @QueryParam("limit")
    @Parameter(
            description = "Items per page, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    public Cursor cursor() {
        return Paging.cursor(cursor);
    }

    public int limit() {
        return Paging.limit(limit);
    }
}
