package io.lede.web;

import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Whether the database answers, as the last attempt to use it found, and which failures mean it does not. A
 * request that needs the database while it is unreachable answers 503 with Retry-After; cached public answers go
 * on being served. When the database goes away, every pooled connection is dropped (as it is returned), so none
 * that died with it is handed out once it is back.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

    /** SQL states that mean the server is gone, shutting down, starting up or out of connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    @ConfigMapping(prefix = "lede.database")
    public interface Settings {
        /** What a 503 for an unreachable database tells clients to wait before they retry. */
        @WithDefault("5S")
        Duration retryAfter();
    }

    private final AgroalDataSource pool;
    private final long retryAfterSeconds;
    private volatile boolean reachable = true;

    public DatabaseAvailability(AgroalDataSource pool, Settings settings) {
        this.pool = pool;
        this.retryAfterSeconds = Math.max(1, settings.retryAfter().toSeconds());
    }

    /** False from a failure that shows the database unreachable until the next successful use. */
    public boolean reachable() {
        return reachable;
    }

    /** The database answered. */
    public void answered() {
        if (!reachable) {
            reachable = true;
            LOG.info("The database answers again");
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
        }
    }

    /**
     * The database could not be used. Remembered only when the failure says it is unreachable, not merely busy: a
     * pool that is only exhausted keeps its connections.
     */
    public void failed(Throwable failure) {
        if (isOutage(failure) && reachable) {
            reachable = false;
            LOG.warnf("The database cannot be reached: %s", describe(failure));
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
        }
    }

    /** The 503 for a request that needed the database. */
    public Response problem(String instance) {
        Response problem = ProblemResponses.of(
                503,
                "database-unavailable",
                "Service Unavailable",
                "The database cannot be reached at the moment, so this request was not carried out. Retry in "
                        + retryAfterSeconds + " seconds; a post retried with the same Idempotency-Key is never made"
                        + " twice.",
                instance);
        return Response.fromResponse(problem)
                .header("Retry-After", retryAfterSeconds)
                .build();
    }

    /**
     * A failure to reach the database, or to get a connection to it in time: the request can be retried later and
     * nothing it did was kept (its transaction did not commit, or never began).
     */
    public static boolean isUnavailable(Throwable failure) {
        return isOutage(failure) || causes(failure).anyMatch(DatabaseAvailability::isAcquisitionTimeout);
    }

    /** A failure that shows the database itself unreachable, not merely busy. */
    public static boolean isOutage(Throwable failure) {
        return causes(failure)
                .anyMatch(cause -> cause instanceof SQLException sql
                        && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState())));
    }

    private static boolean isAcquisitionTimeout(Throwable cause) {
        return cause instanceof SQLException
                && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The failure, its causes, and the exceptions chained to any SQLException among them, each once. */
    private static Stream<Throwable> causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < 50) {
            Throwable next = pending.poll();
            if (seen.put(next, true) != null) {
                continue;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return seen.keySet().stream();
    }

    private static String describe(Throwable failure) {
        return causes(failure)
                .filter(cause -> cause instanceof SQLException)
                .reduce((first, second) -> second)
                .orElse(failure)
                .getMessage();
    }
}
