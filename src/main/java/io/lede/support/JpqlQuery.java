package io.lede.support;

import io.lede.web.Cursor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JPQL query put together from optional conditions, each with its parameter, and a keyset position. */
public final class JpqlQuery {

    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Starts from a query that already has its where clause (use "where 1 = 1" when it has no condition). */
    public JpqlQuery(String selectWhere) {
        this.jpql = new StringBuilder(selectWhere);
    }

    public JpqlQuery with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** Adds {@code condition} with its one parameter, unless the value is null (the filter was not asked for). */
    public JpqlQuery and(String condition, String parameter, Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Keeps what sorts after the cursor in the order {@code timeField desc, idField desc}. The plain bound on
     * {@code timeField} repeats what the disjunction says, but it is what lets the database seek straight to the
     * cursor in the index instead of walking every row before it, so page 1,000 costs what page 1 costs.
     */
    public JpqlQuery after(Cursor cursor, String timeField, String idField) {
        if (cursor != null) {
            jpql.append(" and ")
                    .append(timeField)
                    .append(" <= :afterTime and (")
                    .append(timeField)
                    .append(" < :afterTime or (")
                    .append(timeField)
                    .append(" = :afterTime and ")
                    .append(idField)
                    .append(" < :afterId))");
            parameters.put("afterTime", cursor.sortTime());
            parameters.put("afterId", cursor.id());
        }
        return this;
    }

    /** Keeps what sorts after the cursor in the order {@code timeField asc, idField asc}; see {@link #after}. */
    public JpqlQuery afterAscending(Cursor cursor, String timeField, String idField) {
        if (cursor != null) {
            jpql.append(" and ")
                    .append(timeField)
                    .append(" >= :afterTime and (")
                    .append(timeField)
                    .append(" > :afterTime or (")
                    .append(timeField)
                    .append(" = :afterTime and ")
                    .append(idField)
                    .append(" > :afterId))");
            parameters.put("afterTime", cursor.sortTime());
            parameters.put("afterId", cursor.id());
        }
        return this;
    }

    /**
     * Keeps what sorts after ({@code value}, {@code id}) in the order {@code field, idField}, both descending or both
     * ascending, whatever the field's type; the plain bound lets the database seek, as in {@link #after}.
     */
    public JpqlQuery seek(String field, Object value, String idField, long id, boolean descending) {
        String past = descending ? " < " : " > ";
        jpql.append(" and ")
                .append(field)
                .append(descending ? " <= " : " >= ")
                .append(":afterKey and (")
                .append(field)
                .append(past)
                .append(":afterKey or (")
                .append(field)
                .append(" = :afterKey and ")
                .append(idField)
                .append(past)
                .append(":afterId))");
        parameters.put("afterKey", value);
        parameters.put("afterId", id);
        return this;
    }

    /** The query as it stands, unordered (a count). */
    public <T> TypedQuery<T> build(EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public <T> TypedQuery<T> orderBy(String order, EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql + " order by " + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
