package io.lede.search;

import io.lede.article.ArticleVisibility;
import io.lede.article.PersonService;
import io.lede.publishing.SurrogateKey;
import io.lede.search.SearchViews.ArticleRef;
import io.lede.search.SearchViews.SearchHit;
import io.lede.search.SearchViews.SearchPage;
import io.lede.search.SearchViews.SpeakerRef;
import io.lede.search.TextSearch.Match;
import io.lede.search.TextSearch.Prepared;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Search over published articles, public quotations and public people. Each type asked for is one statement that
 * returns at most a page and one more, already past the cursor; the pages are merged by score. So a page costs one
 * statement per type whatever its size, plus one for "did you mean" when nothing matched.
 */
@ApplicationScoped
public class SearchService {

    /** A search and the newest change among its hits, for Last-Modified, and what a CDN should purge it by. */
    public record Found(SearchPage page, Instant lastModified, List<SurrogateKey> surrogateKeys) {}

    private static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::score)
            .reversed()
            .thenComparing(Hit::type)
            .thenComparing(Comparator.comparingLong(Hit::id).reversed());

    private final EntityManager em;
    private final TextSearch text;
    private final PersonService people;

    SearchService(EntityManager em, TextSearch text, PersonService people) {
        this.em = em;
        this.text = text;
        this.people = people;
    }

    @Transactional
    public Found search(SearchRequest request, Cursor cursor, int limit) {
        SearchPosition after = cursor == null ? null : SearchPosition.of(cursor);
        if (request.text() == null || request.text().isBlank()) {
            return new Found(new SearchPage(List.of(), null, null), Instant.EPOCH, List.of(SurrogateKey.SEARCH));
        }
        Instant now = Timestamps.now();
        Instant asOf = after == null ? now : after.asOf();
        Prepared prepared = text.prepare(request.text().strip(), asOf);
        List<Hit> hits = new ArrayList<>();
        if (request.wants(HitType.ARTICLE)) {
            hits.addAll(articles(prepared, request, after, limit, now));
        }
        if (request.wants(HitType.QUOTE)) {
            hits.addAll(quotes(prepared, request, after, limit, now));
        }
        if (request.wants(HitType.PERSON)) {
            hits.addAll(people(prepared, request.text(), after, limit, now));
        }
        hits.sort(ORDER);
        Page<Hit> page = Paging.page(
                hits.subList(0, Math.min(hits.size(), limit + 1)), limit, hit -> SearchPosition.after(hit, asOf)
                        .cursor());
        String didYouMean = page.items().isEmpty() && after == null && text.suggests()
                ? suggestion(prepared, now).orElse(null)
                : null;
        List<SearchHit> items =
                page.items().stream().map(hit -> view(hit, prepared)).toList();
        List<SurrogateKey> keys = new ArrayList<>(List.of(SurrogateKey.SEARCH));
        page.items().forEach(hit -> keys.add(surrogateKey(hit)));
        return new Found(
                new SearchPage(items, page.nextCursor(), didYouMean),
                Timestamps.latest(page.items(), Hit::lastModified),
                keys.stream().distinct().toList());
    }

    /** Ids of one type's hits, best match first: for lists that show each hit in a view of their own. */
    record Ranked(List<Long> ids, String nextCursor) {}

    /**
     * One type of hit, best match first, in the scope asked for: one statement. Lists that search ({@code q} on
     * quotations, staff lists) page with this through {@link ListSearch} and read their own views of the ids.
     */
    @Transactional
    Ranked rank(HitType type, SearchRequest request, SearchScope scope, Cursor cursor, int limit) {
        SearchPosition after = cursor == null ? null : SearchPosition.of(cursor);
        if (type == HitType.PERSON) {
            throw new IllegalArgumentException("ranks articles or quotations");
        }
        if (after != null && after.type() != type) {
            throw Problems.invalid("cursor", "is not a cursor from a previous page");
        }
        Instant now = Timestamps.now();
        Instant asOf = after == null ? now : after.asOf();
        Prepared prepared = text.prepare(request.text().strip(), asOf);
        String sql = ranked(prepared, request, type, scope, after, limit);
        List<Object[]> rows = rows(sql, prepared, request, after, now);
        List<Hit> hits = rows.stream()
                .map(row -> new Hit(
                        type,
                        number(row[0]).longValue(),
                        number(row[1]).doubleValue(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
        Page<Hit> page =
                Paging.page(hits, limit, hit -> SearchPosition.after(hit, asOf).cursor());
        return new Ranked(page.items().stream().map(Hit::id).toList(), page.nextCursor());
    }

    private List<Hit> articles(Prepared prepared, SearchRequest request, SearchPosition after, int limit, Instant now) {
        String sql = "select a.id, a.slug, a.title, a.publish_at, a.updated_at, p.score, " + prepared.articleSnippet()
                + " from (" + ranked(prepared, request, HitType.ARTICLE, SearchScope.PUBLIC, after, limit)
                + ") p"
                + " join article a on a.id = p.id order by p.score desc, p.id desc";
        List<Object[]> rows = rows(sql, prepared, request, after, now);
        return rows.stream()
                .map(row -> new Hit(
                        HitType.ARTICLE,
                        number(row[0]).longValue(),
                        number(row[5]).doubleValue(),
                        (String) row[1],
                        (String) row[2],
                        instant(row[3]),
                        latest(instant(row[3]), instant(row[4])),
                        null,
                        null,
                        null,
                        null,
                        null,
                        prepared.marked((String) row[6])))
                .toList();
    }

    private List<Hit> quotes(Prepared prepared, SearchRequest request, SearchPosition after, int limit, Instant now) {
        String sql = "select q.id, q.text, a.id as article_id, a.slug, a.title, a.publish_at, a.updated_at,"
                + " q.updated_at as quote_updated_at, s.slug as speaker_slug, s.name, p.score, "
                + prepared.quoteSnippet()
                + " from (" + ranked(prepared, request, HitType.QUOTE, SearchScope.PUBLIC, after, limit)
                + ") p"
                + " join quote q on q.id = p.id join article a on a.id = q.article_id"
                + " left join person s on s.id = q.speaker_id order by p.score desc, p.id desc";
        List<Object[]> rows = rows(sql, prepared, request, after, now);
        return rows.stream()
                .map(row -> new Hit(
                        HitType.QUOTE,
                        number(row[0]).longValue(),
                        number(row[10]).doubleValue(),
                        null,
                        (String) row[1],
                        instant(row[5]),
                        latest(latest(instant(row[5]), instant(row[6])), instant(row[7])),
                        number(row[2]).longValue(),
                        (String) row[3],
                        (String) row[4],
                        (String) row[8],
                        (String) row[9],
                        prepared.marked((String) row[11])))
                .toList();
    }

    /**
     * The ids and scores of one type's hits past the cursor, best first, at most a page and one more. Visibility
     * and the filters are handed to the match, which applies them before it caps the rows it ranks; after the first
     * page, rows published after the search began are left out too, so articles that arrive while a reader pages
     * neither push older candidates past the cap nor shift the pages.
     */
    private static String ranked(
            Prepared prepared,
            SearchRequest request,
            HitType type,
            SearchScope scope,
            SearchPosition after,
            int limit) {
        boolean quotes = type == HitType.QUOTE;
        String where = "(" + (quotes ? scope.quotes() : scope.articles()) + ")" + filters(request, quotes)
                + (after == null ? "" : " and (a.publish_at is null or a.publish_at <= :asOf)");
        Match match = quotes ? prepared.quotes(where) : prepared.articles(where, scope.dated());
        String alias = quotes ? "q" : "a";
        String sql = "select " + alias + ".id as id, " + match.score() + " as score from " + match.from();
        return "select m.id, m.score from (" + sql + ") m" + keyset(type, after, "m.score", "m.id")
                + " order by m.score desc, m.id desc limit " + (limit + 1);
    }

    /**
     * Keeps what sorts after the cursor in the merged order (score descending, then type, then id descending): of
     * a type before the cursor's, only lower scores; of the cursor's own, the usual keyset; of a later one, equal
     * scores too.
     */
    private static String keyset(HitType type, SearchPosition after, String score, String id) {
        if (after == null) {
            return "";
        }
        int order = type.compareTo(after.type());
        String where = " where ";
        if (order < 0) {
            return where + score + " < :afterScore";
        }
        if (order > 0) {
            return where + score + " <= :afterScore";
        }
        return where + "(" + score + " < :afterScore or (" + score + " = :afterScore and " + id + " < :afterId))";
    }

    private static String filters(SearchRequest request, boolean quotes) {
        StringBuilder sql = new StringBuilder();
        if (request.tag() != null) {
            sql.append(" and exists (select 1 from article_tag st join tag t on t.id = st.tag_id"
                    + " where st.article_id = a.id and t.slug = :tag)");
        }
        if (request.author() != null) {
            sql.append(" and exists (select 1 from article_author sa join person sp on sp.id = sa.person_id"
                    + " where sa.article_id = a.id and sp.slug = :author)");
        }
        if (request.article() != null) {
            sql.append(" and a.slug = :article");
        }
        if (request.since() != null) {
            sql.append(" and a.publish_at >= :since");
        }
        if (request.until() != null) {
            sql.append(" and a.publish_at < :until");
        }
        if (quotes && request.speaker() != null) {
            sql.append(" and exists (select 1 from person ss where ss.id = q.speaker_id and ss.slug = :speaker)");
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(
            String sql, Prepared prepared, SearchRequest request, SearchPosition after, Instant now) {
        Query query = em.createNativeQuery(sql);
        bind(query, sql, prepared.parameters());
        bind(
                query,
                sql,
                Map.of(
                        ArticleVisibility.NOW,
                        now,
                        "tag",
                        nullable(request.tag()),
                        "author",
                        nullable(request.author()),
                        "speaker",
                        nullable(request.speaker()),
                        "article",
                        nullable(request.article()),
                        "since",
                        nullable(request.since()),
                        "until",
                        nullable(request.until())));
        if (after != null) {
            bind(query, sql, Map.of("afterScore", after.score(), "afterId", after.id(), "asOf", after.asOf()));
        }
        return query.getResultList();
    }

    private List<Hit> people(Prepared prepared, String words, SearchPosition after, int limit, Instant now) {
        String score = prepared.nameScore("p.name");
        String jpql = "select p.id, p.slug, p.name, p.jobTitle, p.affiliation, p.updatedAt, " + score
                + " from Person p where " + people.publicCondition() + " and " + score + " >= :threshold"
                + keyset(HitType.PERSON, after, score, "p.id").replace(" where ", " and ")
                + " order by " + score + " desc, p.id desc";
        var query = em.createQuery(jpql, Object[].class).setMaxResults(limit + 1);
        bind(query, jpql, prepared.parameters());
        bind(query, jpql, Map.of(ArticleVisibility.NOW, now, "threshold", prepared.nameThreshold()));
        if (after != null) {
            bind(query, jpql, Map.of("afterScore", after.score(), "afterId", after.id()));
        }
        List<String> wanted = SearchTerms.parse(words).wanted();
        return query.getResultList().stream()
                .map(row -> {
                    String name = (String) row[2];
                    return new Hit(
                            HitType.PERSON,
                            number(row[0]).longValue(),
                            number(row[6]).doubleValue(),
                            (String) row[1],
                            name,
                            null,
                            instant(row[5]),
                            null,
                            null,
                            null,
                            null,
                            null,
                            Highlights.mark(describe(name, (String) row[3], (String) row[4]), wanted));
                })
                .toList();
    }

    /** The public name closest to the query's spelling: a person's, else a tag's. */
    private Optional<String> suggestion(Prepared prepared, Instant now) {
        String personScore = prepared.nameScore("p.name");
        String jpql = "select p.name from Person p where " + people.publicCondition() + " and " + personScore
                + " >= :threshold order by " + personScore + " desc, p.id desc";
        var query = em.createQuery(jpql, String.class).setMaxResults(1);
        bind(query, jpql, prepared.parameters());
        bind(query, jpql, Map.of(ArticleVisibility.NOW, now, "threshold", prepared.nameThreshold()));
        Optional<String> person = query.getResultStream().findFirst();
        if (person.isPresent()) {
            return person;
        }
        String tagScore = prepared.nameScore("t.name");
        String tags = "select t.name from Tag t where " + tagScore + " >= :threshold order by " + tagScore
                + " desc, t.id desc";
        var tagQuery = em.createQuery(tags, String.class).setMaxResults(1);
        bind(tagQuery, tags, prepared.parameters());
        bind(tagQuery, tags, Map.of("threshold", prepared.nameThreshold()));
        return tagQuery.getResultStream().findFirst();
    }

    private static SearchHit view(Hit hit, Prepared prepared) {
        return new SearchHit(
                hit.type().wire(),
                hit.id(),
                hit.slug(),
                hit.title(),
                hit.publishedAt(),
                hit.articleId() == null ? null : new ArticleRef(hit.articleId(), hit.articleSlug(), hit.articleTitle()),
                hit.type() == HitType.QUOTE && hit.speakerSlug() != null
                        ? new SpeakerRef(hit.speakerSlug(), hit.speakerName())
                        : null,
                hit.score(),
                Highlights.of(hit.snippet()));
    }

    private static SurrogateKey surrogateKey(Hit hit) {
        return switch (hit.type()) {
            case ARTICLE -> SurrogateKey.article(hit.id());
            case QUOTE -> SurrogateKey.article(hit.articleId());
            case PERSON -> SurrogateKey.person(hit.id());
        };
    }

    private static String describe(String name, String jobTitle, String affiliation) {
        StringBuilder text = new StringBuilder(name);
        if (jobTitle != null && !jobTitle.isBlank()) {
            text.append(", ").append(jobTitle);
        }
        if (affiliation != null && !affiliation.isBlank()) {
            text.append(", ").append(affiliation);
        }
        return text.toString();
    }

    private static final Object ABSENT = new Object();

    private static Object nullable(Object value) {
        return value == null ? ABSENT : value;
    }

    /** Sets each parameter the statement names (a statement may not be given one it does not name). */
    private static void bind(Query query, String statement, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (value != ABSENT
                    && Pattern.compile(":" + name + "(?![A-Za-z0-9_])")
                            .matcher(statement)
                            .find()) {
                query.setParameter(name, value);
            }
        });
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
