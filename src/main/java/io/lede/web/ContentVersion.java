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
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Comments move a version of their own article instead: a response that shows an article's comments or its
 * comment count records the versions it was built with and is rebuilt when one of them moves, while everything
 * else stays cached. Instances learn of other instances' comment changes by polling for articles whose comments
 * changed within the last {@link #COMMENT_CHANGE_OVERLAP}, so a change committed late is still seen.
 */
@ApplicationScoped
public class ContentVersion {

    private static final Logger LOG = Logger.getLogger(ContentVersion.class);
    static final long POLL_MILLIS = 250;
    static final Duration COMMENT_CHANGE_OVERLAP = Duration.ofSeconds(30);
    private static final int MAX_KNOWN_COMMENT_VERSIONS = 100_000;
    private static final String COMMENT_CHANGES =
            "select id, comments_version from article where comments_changed_at > ?";
    private static final String READ = "select version, (select min(publish_at) from article"
            + " where status = 'SCHEDULED' and publish_at > ?) from content_change where id = 1";

    private final DataSource dataSource;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private volatile long databaseVersion = -1;
    private volatile Instant nextScheduled;
    private volatile boolean stale = true;
    private final Map<Long, Long> commentVersions = new ConcurrentHashMap<>();
    private final AtomicLong commentChanges = new AtomicLong();
    private Instant lastCommentPoll;
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
        refreshAfterCommit();
    }

    /**
     * Called inside a transaction that changes comments on these articles; like {@link #bump()} it commits or
     * rolls back with them.
     */
    public void bumpComments(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("update article set comments_version = comments_version + 1, comments_changed_at = :now"
                        + " where id in (:ids)")
                .setParameter("now", Instant.now())
                .setParameter("ids", Set.copyOf(articleIds))
                .executeUpdate();
        refreshAfterCommit();
    }

    /** The next read after the current transaction commits sees the change; a rollback leaves all as it was. */
    private void refreshAfterCommit() {
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

    /** The version of an article's comments this instance knows of; -1 before it has seen any change. */
    public long commentVersion(long articleId) {
        return commentVersions.getOrDefault(articleId, -1L);
    }

    /** Moves whenever any known comment version moves: a response built while it moved is not kept. */
    public long commentChanges() {
        return commentChanges.get();
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
            refreshCommentVersions(connection);
        }
    }

    private void refreshCommentVersions(Connection connection) throws SQLException {
        if (commentVersions.size() > MAX_KNOWN_COMMENT_VERSIONS) {
            // Forgetting is safe: a response built with a version this instance no longer knows is rebuilt once.
            commentVersions.clear();
            commentChanges.incrementAndGet();
        }
        Instant polled = Instant.now();
        Instant since = (lastCommentPoll == null ? polled : lastCommentPoll).minus(COMMENT_CHANGE_OVERLAP);
        try (PreparedStatement read = connection.prepareStatement(COMMENT_CHANGES)) {
            read.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    long articleId = rows.getLong(1);
                    long version = rows.getLong(2);
                    Long known = commentVersions.put(articleId, version);
                    if (known == null || known != version) {
                        commentChanges.incrementAndGet();
                    }
                }
            }
        }
        lastCommentPoll = polled;
    }
}
