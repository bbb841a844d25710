package io.lede.article;

import io.lede.web.Cursor;
import io.lede.web.Page;

/**
 * Finds articles by their words, best match first, for the staff list's {@code q}. The search feature provides it
 * (it sits above articles and reads their visibility rule); articles only call it.
 */
public interface ArticleFinder {

    /**
     * The ids of the articles in any state (or the one given) that match {@code text}, best first: one statement.
     *
     * @param after a cursor from a previous page of the same search, or null
     */
    Page<Long> staff(String text, ArticleStatus status, Cursor after, int limit);
}
