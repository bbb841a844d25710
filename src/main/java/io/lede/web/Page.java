package io.lede.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list. */
public record Page<T>(
        List<T> items,

        @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true)
        String nextCursor)
        implements Paged {}
