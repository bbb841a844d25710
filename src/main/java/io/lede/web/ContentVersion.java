package io.lede.web;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which generation of public content this instance serves. It moves on when this instance commits a write (seen on
 * the next read), when another instance's write shows in the shared database (polled, so within a poll interval),
 * and when a scheduled article's time comes.
 */
@ApplicationScoped
public class ContentVersion {

    private static final Logger LOG = Logger.getLogger(ContentVersion.class);
    static final long POLL_MILLIS = 250;
    private static final String READ = "select version, (select min(publish_at) from article"
            + " where status = 'SCHEDULED' and publish_at > ?) from content_change where id = 1";

    private final DataSource dataSource;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private volatile long databaseVersion = -1;
    private volatile Instant nextScheduled;
    private volatile boolean stale = true;
    private ScheduledExecutorService poller;

    public ContentVersion(DataSource dataSource, EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.em = em;
        this.transactions = transactions;
    }

    void start(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lede-content-version");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::refreshQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The generation a response built now belongs to. */
    public long generation() {
        Instant next = nextScheduled;
        if (stale || (next != null && !Instant.now().isBefore(next))) {
            refreshQuietly();
        }
        return generation.get();
    }

    /** Called inside a writing transaction: the bump commits, or rolls back, with the write. */
    public void bump() {
        em.createNativeQuery("update content_change set version = version + 1, changed_at = :now where id = 1")
                .setParameter("now", Instant.now())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    stale = true;
                }
            }
        });
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Could not read the content version; cached responses are not used until it can be read");
            generation.incrementAndGet();
            stale = true;
        }
    }

    private synchronized void refresh() throws SQLException {
        stale = false;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(READ)) {
            read.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("content_change has no row");
                }
                long version = row.getLong(1);
                Timestamp next = row.getTimestamp(2);
                Instant nextAt = next == null ? null : next.toInstant();
                if (version != databaseVersion || !Objects.equals(nextAt, nextScheduled)) {
                    databaseVersion = version;
                    nextScheduled = nextAt;
                    generation.incrementAndGet();
                }
            }
        }
    }
}
