package io.lede.web;

/** A keyset-paginated answer: its cursor to the next page becomes the {@code Link: rel="next"} header. */
public interface Paged {

    /** Null on the last page. */
    String nextCursor();
}
