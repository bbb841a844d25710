package io.lede.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The embedded default's search: {@code LIKE} over folded text ({@code lede_fold}, migration h2/V80). A match in a
 * title counts 4, in a dek 2, in a body 1, for each word or phrase; all the words side by side in a title or body
 * add 3. Snippets are cut and marked in Java ({@link Highlights#mark}).
 */
final class H2TextSearch implements TextSearch {

    private static final int SNIPPET_SOURCE = 20_000;

    @Override
    public Prepared prepare(String query, Instant asOf) {
        SearchTerms terms = SearchTerms.parse(query);
        Map<String, Object> parameters = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Function<String, String> parameter = term -> names.computeIfAbsent(term, t -> {
            String name = "t" + names.size() + "x";
            parameters.put(name, "%" + escape(t) + "%");
            return ":" + name;
        });
        List<String> wanted = terms.wanted();
        String phrase = wanted.size() > 1 ? parameter.apply(String.join(" ", wanted)) : null;
        return new Prepared() {

            @Override
            public Map<String, Object> parameters() {
                return parameters;
            }

            @Override
            public Match articles(String where, boolean dated) {
                List<Field> fields = List.of(
                        new Field("lede_fold(a.title)", 4),
                        new Field("lede_fold(coalesce(a.dek, ''))", 2),
                        new Field("lede_fold(a.body_text)", 1));
                return new Match(
                        "article a where " + condition(fields) + " and " + where,
                        score(fields, List.of(fields.get(0), fields.get(2))));
            }

            @Override
            public Match quotes(String where) {
                List<Field> fields =
                        List.of(new Field("lede_fold(q.text)", 4), new Field("lede_fold(coalesce(qs.name, ''))", 2));
                return new Match(
                        "quote q join article a on a.id = q.article_id left join person qs on qs.id = q.speaker_id"
                                + " where " + condition(fields) + " and " + where,
                        score(fields, List.of(fields.get(0))));
            }

            @Override
            public String articleSnippet() {
                return "substring(coalesce(a.dek || ' ', '') || a.body_text, 1, " + SNIPPET_SOURCE + ")";
            }

            @Override
            public String quoteSnippet() {
                return "q.text";
            }

            @Override
            public String marked(String snippet) {
                return Highlights.mark(snippet, wanted);
            }

            @Override
            public String nameScore(String name) {
                if (wanted.isEmpty()) {
                    return "cast(0 as Double)";
                }
                StringBuilder score = new StringBuilder("cast((0");
                for (String term : wanted) {
                    score.append(" + case when ")
                            .append(folded(name))
                            .append(" like ")
                            .append(parameter.apply(term))
                            .append(" escape '!' then 1 else 0 end");
                }
                return score.append(") as Double)").toString();
            }

            @Override
            public double nameThreshold() {
                return 1;
            }

            private String condition(List<Field> fields) {
                if (terms.isEmpty()) {
                    return "1 = 0";
                }
                StringBuilder sql = new StringBuilder("(");
                for (int i = 0; i < terms.clauses().size(); i++) {
                    sql.append(i == 0 ? "(" : " and (");
                    List<String> alternatives = terms.clauses().get(i);
                    for (int k = 0; k < alternatives.size(); k++) {
                        sql.append(k == 0 ? "" : " or ").append(anywhere(fields, alternatives.get(k)));
                    }
                    sql.append(")");
                }
                for (String excluded : terms.excluded()) {
                    sql.append(" and not ").append(anywhere(fields, excluded));
                }
                return sql.append(")").toString();
            }

            private String anywhere(List<Field> fields, String term) {
                String name = parameter.apply(term);
                StringBuilder sql = new StringBuilder("(");
                for (int i = 0; i < fields.size(); i++) {
                    sql.append(i == 0 ? "" : " or ")
                            .append(fields.get(i).sql())
                            .append(" like ")
                            .append(name)
                            .append(" escape '!'");
                }
                return sql.append(")").toString();
            }

            private String score(List<Field> fields, List<Field> phraseFields) {
                StringBuilder sql = new StringBuilder("cast((0");
                for (String term : wanted) {
                    String name = parameter.apply(term);
                    for (Field field : fields) {
                        sql.append(" + case when ")
                                .append(field.sql())
                                .append(" like ")
                                .append(name)
                                .append(" escape '!' then ")
                                .append(field.weight())
                                .append(" else 0 end");
                    }
                }
                if (phrase != null) {
                    sql.append(" + case when ");
                    for (int i = 0; i < phraseFields.size(); i++) {
                        sql.append(i == 0 ? "" : " or ")
                                .append(phraseFields.get(i).sql())
                                .append(" like ")
                                .append(phrase)
                                .append(" escape '!'");
                    }
                    sql.append(" then 3 else 0 end");
                }
                return sql.append(") as double precision)").toString();
            }
        };
    }

    @Override
    public boolean suggests() {
        return false;
    }

    private record Field(String sql, int weight) {}

    /** JPQL: the folded name, typed as text so that LIKE accepts it. */
    private static String folded(String name) {
        return "cast(function('lede_fold', " + name + ") as String)";
    }

    private static String escape(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
