package io.lede.quote;

import io.lede.quote.QuoteQueries.QuoteFilter;
import io.lede.web.Cursor;
import io.lede.web.Page;

/**
 * Finds quotations by their words, best match first, for {@code q} on the quotation lists. The search feature
 * provides it (it sits above quotations and reads their visibility rule); quotations only call it.
 */
public interface QuoteFinder {

    /** The ids of public quotations that match the filter's words and meet the rest of it, best first: one statement. */
    Page<Long> published(QuoteFilter filter, Cursor after, int limit);

    /** The ids of quotations in any state (or the one given) that match {@code text}, best first: one statement. */
    Page<Long> staff(String text, QuoteStatus status, Cursor after, int limit);
}
