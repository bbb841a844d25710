package io.lede.syndication;

import io.lede.support.Timestamps;
import io.lede.web.Housekeeping;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each partner key fetched, per day (UTC) and article, counted in memory and added to the ledger in batches
 * every {@link QuotaConfig#usageFlush()} and at shutdown, so recording costs a read nothing but a map update. The
 * batch is an upsert that adds to the stored counts, so any number of instances may write the same rows.
 *
 * <p>Every partner request is recorded once against no article (the key's row for the day) by the partner filter;
 * a read that delivers articles records each of them with {@link #record(PartnerCaller, Long, Delivery)}.
 */
@ApplicationScoped
public class UsageLedger {

    /** The article id of a key's row for the day, which counts all its requests. */
    static final long NO_ARTICLE = 0;

    private record Row(LocalDate day, long keyId, long partnerId, long articleId) {}

    private static final Comparator<Row> ORDER =
            Comparator.comparing(Row::day).thenComparingLong(Row::keyId).thenComparingLong(Row::articleId);

    private static final String POSTGRESQL_ADD =
            "insert into partner_usage as u (usage_day, key_id, partner_id, article_id, requests, excerpts, full_texts)"
                    + " values (?, ?, ?, ?, ?, ?, ?) on conflict (usage_day, key_id, article_id) do update set"
                    + " requests = u.requests + excluded.requests, excerpts = u.excerpts + excluded.excerpts,"
                    + " full_texts = u.full_texts + excluded.full_texts";
    private static final String H2_ADD = "merge into partner_usage u using (values (cast(? as date),"
            + " cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint),"
            + " cast(? as bigint))) s (usage_day, key_id, partner_id, article_id, requests, excerpts, full_texts)"
            + " on u.usage_day = s.usage_day and u.key_id = s.key_id and u.article_id = s.article_id"
            + " when matched then update set requests = u.requests + s.requests,"
            + " excerpts = u.excerpts + s.excerpts, full_texts = u.full_texts + s.full_texts"
            + " when not matched then insert (usage_day, key_id, partner_id, article_id, requests, excerpts, full_texts)"
            + " values (s.usage_day, s.key_id, s.partner_id, s.article_id, s.requests, s.excerpts, s.full_texts)";

    /**
     * requests, excerpts, full texts: changed in place only inside {@code compute}, under the lock a flush's
     * {@code remove} takes too, so a flush takes a consistent row and no count is lost or counted twice.
     */
    private final Map<Row, long[]> pending = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final boolean postgresql;

    public UsageLedger(
            DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            QuotaConfig config,
            Housekeeping housekeeping) {
        this.dataSource = dataSource;
        this.postgresql = dbKind.startsWith("postgres");
        housekeeping.every(config.usageFlush(), "write partner usage to the ledger", this::flush);
    }

    /**
     * Counts one delivery of an article (or, with a null article, one request) to the caller's key today: the
     * row's requests grow by one, and its excerpts or full texts too when that is what was delivered.
     */
    public void record(PartnerCaller caller, Long articleId, Delivery delivery) {
        count(today(), caller, articleId == null ? NO_ARTICLE : articleId, delivery);
    }

    /** As {@link #record} for each article of an answer (a page), all on the same day. */
    public void record(PartnerCaller caller, List<Long> articleIds, List<Delivery> deliveries) {
        LocalDate day = today();
        for (int i = 0; i < articleIds.size(); i++) {
            count(day, caller, articleIds.get(i), deliveries.get(i));
        }
    }

    private void count(LocalDate day, PartnerCaller caller, long articleId, Delivery delivery) {
        // No array per use: the row's counts grow in place, under the map's lock for that row.
        pending.compute(new Row(day, caller.keyId(), caller.partnerId(), articleId), (row, counts) -> {
            long[] sum = counts == null ? new long[3] : counts;
            sum[0]++;
            if (delivery == Delivery.excerpt) {
                sum[1]++;
            } else if (delivery == Delivery.fullText) {
                sum[2]++;
            }
            return sum;
        });
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Timestamps.now(), ZoneOffset.UTC);
    }

    /** Writes what this instance counted since the last flush; what cannot be written is kept for the next. */
    public synchronized void flush() {
        List<Row> rows = new ArrayList<>(pending.keySet());
        if (rows.isEmpty()) {
            return;
        }
        // One order for every instance, so two flushes touching the same rows never wait on each other in a cycle.
        rows.sort(ORDER);
        Map<Row, long[]> taken = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            long[] counts = pending.remove(row);
            if (counts != null) {
                taken.put(row, counts);
            }
        }
        try {
            write(taken);
        } catch (RuntimeException e) {
            taken.forEach((row, counts) -> pending.merge(row, counts, UsageLedger::sum));
            throw e;
        }
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        try {
            flush();
        } catch (RuntimeException e) {
            // The database is away: what this instance counted since its last flush is lost with it.
        }
    }

    private void write(Map<Row, long[]> rows) {
        try {
            writeOnce(rows);
        } catch (SQLException e) {
            // H2's merge can collide with another instance inserting the same new row; once more settles it.
            if (!"23505".equals(e.getSQLState())) {
                throw new PersistenceException("Could not write partner usage", e);
            }
            try {
                writeOnce(rows);
            } catch (SQLException again) {
                throw new PersistenceException("Could not write partner usage", again);
            }
        }
    }

    private void writeOnce(Map<Row, long[]> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(postgresql ? POSTGRESQL_ADD : H2_ADD)) {
                for (Map.Entry<Row, long[]> entry : rows.entrySet()) {
                    Row row = entry.getKey();
                    long[] counts = entry.getValue();
                    statement.setObject(1, row.day());
                    statement.setLong(2, row.keyId());
                    statement.setLong(3, row.partnerId());
                    statement.setLong(4, row.articleId());
                    statement.setLong(5, counts[0]);
                    statement.setLong(6, counts[1]);
                    statement.setLong(7, counts[2]);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }
}
