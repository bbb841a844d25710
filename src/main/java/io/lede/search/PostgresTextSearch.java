package io.lede.search;

import java.time.Instant;
import java.util.Map;

/**
 * PostgreSQL full-text search: the stored, weighted {@code search_vector} columns and their GIN indexes
 * (migrations postgresql/V80, V81), {@code websearch_to_tsquery} in every configuration an article's language can
 * have (each row is matched in its own), {@code ts_rank_cd} plus a small boost for recent articles,
 * {@code ts_headline} snippets, and {@code pg_trgm} similarity for names.
 */
final class PostgresTextSearch implements TextSearch {

    /** The largest boost, for an article published at the instant of the search; it halves over a month. */
    private static final double RECENCY_BOOST = 0.05;

    private static final double SECONDS_PER_MONTH = 30 * 24 * 3600.0;

    /**
     * The query parsed in every configuration, grouped where the parses agree (for most words most do), so a GIN
     * scan runs once per distinct parse. The rows are read in a lateral subquery per parse, which makes each scan an
     * index scan for that parse instead of a scan of the whole table joined to the parses.
     */
    private static final String QUERIES = "(select array_agg(c.cfg) as configs, t.query"
            + " from unnest(lede_search_configs()) c(cfg) cross join lateral websearch_to_tsquery(c.cfg, :q) t(query)"
            + " group by t.query) t";

    private static final String HEADLINE = "StartSel=" + Highlights.START + ", StopSel=" + Highlights.STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=1, ShortWord=2";

    private static final String WHOLE =
            "StartSel=" + Highlights.START + ", StopSel=" + Highlights.STOP + ", HighlightAll=true";

    /** The most of an article's body a snippet is cut from. */
    private static final int SNIPPET_SOURCE = 20_000;

    /** The most rows of one type ranked for one query ({@link SearchConfig#candidates}). */
    private final int candidates;

    PostgresTextSearch(int candidates) {
        this.candidates = candidates;
    }

    /**
     * Where the newest matches are looked for first: the last week, then two months, a year and the rest, each
     * newest first. A part is read only if those before it held fewer than the cap, so a common word reads about
     * as many rows as the cap (the GIN index and the {@code article_public_order} btree are intersected before any
     * row is read), not every row that has the word. This relies on PostgreSQL reading the parts of a
     * {@code union all} in order and stopping at the outer limit (a parallel append could read them in another
     * order: the rows would still pass every filter, but might not be the very newest).
     */
    private static final String[] ARTICLE_PERIODS = {"7 days", "60 days", "365 days"};

    /**
     * The articles that match one parse and meet {@code where}, at most the {@link #candidates} most recently
     * published: ranking reads every candidate's vector, so a word found in much of the archive would otherwise
     * cost seconds. The filters and visibility are inside, so the cap is over the rows that pass them. Rows with no
     * publication time (drafts, for staff) come first, as PostgreSQL sorts them.
     */
    private String articleCandidates(String where, boolean dated) {
        String columns = "select a.id, a.search_vector, a.publish_at from article a where a.search_vector @@ t.query"
                + " and a.search_config = any(t.configs) and (" + where + ")";
        String order = " order by a.publish_at desc, a.id desc limit " + candidates + ")";
        StringBuilder parts = new StringBuilder();
        if (!dated) {
            parts.append("(")
                    .append(columns)
                    .append(" and a.publish_at is null")
                    .append(order)
                    .append(" union all ");
        }
        String newer = null;
        for (String period : ARTICLE_PERIODS) {
            String start = "cast(:asOf as timestamptz) - interval '" + period + "'";
            parts.append("(")
                    .append(columns)
                    .append(" and a.publish_at > ")
                    .append(start)
                    .append(newer == null ? "" : " and a.publish_at <= " + newer)
                    .append(order)
                    .append(" union all ");
            newer = start;
        }
        parts.append("(")
                .append(columns)
                .append(" and a.publish_at <= ")
                .append(newer)
                .append(order);
        return "(select * from (" + parts + ") p limit " + candidates + ")";
    }

    /** The quotations that match one parse and meet {@code where}, the most recent articles' first, capped alike. */
    private String quoteCandidates(String where) {
        return "(select q.id, q.search_vector from quote q join article a on a.id = q.article_id"
                + " where q.search_vector @@ t.query and q.search_config = any(t.configs) and " + where
                + " order by a.publish_at desc, q.id desc limit " + candidates + ")";
    }

    @Override
    public Prepared prepare(String query, Instant asOf) {
        return new Prepared() {

            @Override
            public Map<String, Object> parameters() {
                return Map.of("q", query, "asOf", asOf, "headline", HEADLINE, "whole", WHOLE);
            }

            @Override
            public Match articles(String where, boolean dated) {
                return new Match(
                        QUERIES + " cross join lateral " + articleCandidates(where, dated) + " a",
                        "cast(ts_rank_cd(a.search_vector, t.query) + " + RECENCY_BOOST
                                + " / (1 + greatest(0, extract(epoch from (cast(:asOf as timestamptz) - a.publish_at)))"
                                + " / " + SECONDS_PER_MONTH + ") as double precision)");
            }

            @Override
            public Match quotes(String where) {
                return new Match(
                        QUERIES + " cross join lateral " + quoteCandidates(where) + " q",
                        "cast(ts_rank_cd(q.search_vector, t.query) as double precision)");
            }

            @Override
            public String articleSnippet() {
                return "ts_headline(a.search_config, coalesce(a.dek || ' ', '') || left(a.body_text, " + SNIPPET_SOURCE
                        + "), websearch_to_tsquery(a.search_config, :q), :headline)";
            }

            @Override
            public String quoteSnippet() {
                return "ts_headline(q.search_config, q.text, websearch_to_tsquery(q.search_config, :q), :whole)";
            }

            @Override
            public String marked(String snippet) {
                return snippet;
            }

            @Override
            public String nameScore(String name) {
                String folded = "cast(function('lede_fold', " + name + ") as String)";
                String query = "cast(function('lede_fold', :q) as String)";
                return "cast(greatest(function('similarity', " + folded + ", " + query
                        + "), function('word_similarity', " + query + ", " + folded + ")) as Double)";
            }

            @Override
            public double nameThreshold() {
                return 0.2;
            }
        };
    }

    @Override
    public boolean suggests() {
        return true;
    }
}
