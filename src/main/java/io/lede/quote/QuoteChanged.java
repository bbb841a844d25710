package io.lede.quote;

/**
 * Fired inside the transaction of a staff write to a quotation, after it is flushed (or, when {@code deleting}, just
 * before the row goes), so the change feed records it in the same transaction.
 */
public record QuoteChanged(long quoteId, long articleId, boolean deleting) {}
