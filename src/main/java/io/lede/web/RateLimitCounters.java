package io.lede.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared counts behind {@link RateLimiter}, one row per policy and subject. Adding to several counts is one
 * statement (an upsert that starts a new window when the old one has ended and returns the counts it left), so
 * concurrent instances never lose a use and an exact limit costs one round trip per request.
 */
@ApplicationScoped
class RateLimitCounters {

    /** How many uses to add to a subject's count; {@code resetsAt} is the end of the window it starts, if it does. */
    record Addition(String policy, String subject, long uses, Instant resetsAt) {}

    record Count(String policy, String subject, long used, Instant resetsAt) {}

    /**
     * The statement's own transaction commits without waiting for its WAL record to reach the disk
     * ({@code synchronous_commit} off for it alone, set inside the statement): a busy subject's row (one address
     * posting fast) is locked only for the update, not for a disk flush, so its uses do not queue at the disk's pace.
     * A database crash may forget the last fraction of a second of counts; nothing else depends on them.
     */
    private static final String POSTGRESQL_ADD = "insert into rate_limit_usage as u (policy, subject, used, resets_at)"
            + " select v.policy, v.subject, v.used, v.resets_at from (values %s) v (policy, subject, used, resets_at)"
            + " cross join (select set_config('synchronous_commit', 'off', true)) unflushed"
            + " on conflict (policy, subject) do update set"
            + " used = case when u.resets_at <= ? then excluded.used else u.used + excluded.used end,"
            + " resets_at = case when u.resets_at <= ? then excluded.resets_at else u.resets_at end"
            + " returning policy, subject, used, resets_at";

    private static final String POSTGRESQL_ROW =
            "(cast(? as varchar), cast(? as varchar), cast(? as bigint)," + " cast(? as timestamp with time zone))";
    private static final String H2_ADD = "select policy, subject, used, resets_at from final table ("
            + "merge into rate_limit_usage u using (values %s) s (policy, subject, used, resets_at)"
            + " on u.policy = s.policy and u.subject = s.subject"
            + " when matched then update set"
            + " used = case when u.resets_at <= ? then s.used else u.used + s.used end,"
            + " resets_at = case when u.resets_at <= ? then s.resets_at else u.resets_at end"
            + " when not matched then insert (policy, subject, used, resets_at)"
            + " values (s.policy, s.subject, s.used, s.resets_at))";
    private static final String H2_ROW =
            "(cast(? as varchar), cast(? as varchar), cast(? as bigint)," + " cast(? as timestamp with time zone))";

    private final DataSource dataSource;
    private final boolean postgresql;

    RateLimitCounters(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.postgresql = dbKind.startsWith("postgres");
    }

    /** Adds to each count, in one statement, and returns what each count is now. */
    List<Count> add(List<Addition> additions, Instant now) {
        if (additions.isEmpty()) {
            return List.of();
        }
        // One order for every caller, so two statements touching the same rows never wait on each other in a cycle.
        List<Addition> sorted = new ArrayList<>(additions);
        sorted.sort((a, b) -> a.policy().equals(b.policy())
                ? a.subject().compareTo(b.subject())
                : a.policy().compareTo(b.policy()));
        String rows = String.join(", ", Collections.nCopies(sorted.size(), postgresql ? POSTGRESQL_ROW : H2_ROW));
        String sql = String.format(postgresql ? POSTGRESQL_ADD : H2_ADD, rows);
        try {
            return add(sql, sorted, now);
        } catch (SQLException e) {
            // H2's merge can collide with another inserting the same new row at the same moment; once more settles it.
            if (!"23505".equals(e.getSQLState())) {
                throw new PersistenceException("Could not count rate-limited uses", e);
            }
        }
        try {
            return add(sql, sorted, now);
        } catch (SQLException e) {
            throw new PersistenceException("Could not count rate-limited uses", e);
        }
    }

    private List<Count> add(String sql, List<Addition> sorted, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (Addition addition : sorted) {
                statement.setString(parameter++, addition.policy());
                statement.setString(parameter++, addition.subject());
                statement.setLong(parameter++, addition.uses());
                statement.setObject(parameter++, utc(addition.resetsAt()));
            }
            statement.setObject(parameter++, utc(now));
            statement.setObject(parameter, utc(now));
            List<Count> counts = new ArrayList<>(sorted.size());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.add(new Count(
                            result.getString(1),
                            result.getString(2),
                            result.getLong(3),
                            result.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return counts;
        }
    }

    /** Forgets counts whose window ended before {@code before}. */
    int sweep(Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("delete from rate_limit_usage where resets_at < ?")) {
            statement.setObject(1, utc(before));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not sweep rate-limit counts", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
