package io.lede.search;

import java.time.Instant;
import java.util.Map;

/**
 * How one kind of database matches and ranks words: PostgreSQL with its full-text search, H2 with {@code LIKE}.
 * {@link SearchService} owns what is public, the filters, the keyset and the paging; an implementation supplies
 * only the vendor's fragments of each statement.
 */
interface TextSearch {

    /** The fragments for one query, measured at {@code asOf} where recency counts. */
    Prepared prepare(String query, Instant asOf);

    /** Whether names spelled like the query can be offered when nothing matched. */
    boolean suggests();

    /**
     * SQL that finds matches.
     *
     * @param from the from clause; its rows are the matches, as {@code a} (articles) or {@code q} (quotations), at
     *     least their {@code id}s
     * @param score an SQL expression of type double precision: higher ranks first
     */
    record Match(String from, String score) {}

    interface Prepared {

        /** The statement parameters the fragments use; a statement binds those it names. */
        Map<String, Object> parameters();

        /**
         * The articles that match.
         *
         * @param where SQL on the article {@code a} that every match must meet (visibility and filters): it is
         *     applied before any cap on the rows ranked, so a cap never drops a row that passes it in favour of one
         *     that does not
         * @param dated whether every article that meets {@code where} has a publication time (public searches)
         */
        Match articles(String where, boolean dated);

        /**
         * The quotations that match.
         *
         * @param where SQL on the quotation {@code q} and its article {@code a}, applied as for {@link #articles}
         */
        Match quotes(String where);

        /** SQL over the article {@code a}: a snippet of it, matches between {@link Highlights} markers. */
        String articleSnippet();

        /** SQL over the quotation {@code q} and its article {@code a}: its words, matches marked the same way. */
        String quoteSnippet();

        /** Whatever a snippet column held, as a snippet with markers. */
        String marked(String snippet);

        /** JPQL: how closely the name {@code name} matches the query, a double; a match reaches the threshold. */
        String nameScore(String name);

        double nameThreshold();
    }
}
