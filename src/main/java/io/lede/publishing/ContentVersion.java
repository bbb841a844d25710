package io.lede.publishing;

import io.lede.article.ArticleVisibility;
import io.lede.web.DatabaseAvailability;
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
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which generation of public content this instance serves. It moves on when this instance commits a write (seen on
 * the next read), when another instance's write shows in the shared database (polled, so within a poll interval),
 * and when a scheduled article's time comes.
 *
 * <p>Only the poller reads the database. Readers never wait for it: a write moves this instance's versions as it
 * commits, a scheduled time is known in advance, and while the database cannot be read the versions stand, so
 * cached answers go on being served ({@link DatabaseAvailability} hears of it).
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
    private static final String READ = nextChangeQuery("?");
    /** Marks a transaction that has already moved the version. */
    private static final Object BUMPED = new Object();

    private final DataSource dataSource;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final DatabaseAvailability database;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong databaseVersion = new AtomicLong(-1);
    private final AtomicReference<Instant> nextScheduled = new AtomicReference<>();
    private final Object scheduleLock = new Object();
    private long scheduleVersion = -1;
    private final Map<Long, Long> commentVersions = new ConcurrentHashMap<>();
    private final AtomicLong commentChanges = new AtomicLong();
    private Instant lastCommentPoll;
    private ScheduledExecutorService poller;

    public ContentVersion(
            DataSource dataSource,
            EntityManager em,
            TransactionSynchronizationRegistry transactions,
            DatabaseAvailability database) {
        this.dataSource = dataSource;
        this.em = em;
        this.transactions = transactions;
        this.database = database;
    }

    void start(@Observes StartupEvent event) {
        refreshQuietly();
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

    /** The generation a response built now belongs to. Never touches the database. */
    public long generation() {
        startDueGeneration();
        return generation.get();
    }

    /** A scheduled time that has come starts a new generation, once, whoever sees it first. */
    private void startDueGeneration() {
        Instant next = nextScheduled.get();
        if (next != null && !Instant.now().isBefore(next) && nextScheduled.compareAndSet(next, null)) {
            generation.incrementAndGet();
        }
    }

    /**
     * The next scheduled time as of {@code version}: a due time is acted on before it is replaced, and what was read
     * at an older version than the one already known (a poll that read before a commit) is ignored.
     */
    private void learnSchedule(long version, Instant next) {
        synchronized (scheduleLock) {
            startDueGeneration();
            if (version >= scheduleVersion) {
                scheduleVersion = version;
                nextScheduled.set(next);
            }
        }
    }

    /** The content version, and the next time a scheduled article becomes public after {@code now}. */
    private static String nextChangeQuery(String now) {
        return "select version, (select min(publish_at) from article where " + ArticleVisibility.scheduledAfterSql(now)
                + ") from content_change where id = 1";
    }

    /**
     * Called inside a writing transaction: the bump commits, or rolls back, with the write. Returns the version the
     * transaction commits. The first call in a transaction moves the version and locks its row until the transaction
     * ends, so writers commit in version order; later calls in the same transaction keep that version (the change
     * feed numbers its events with it, see {@code io.lede.changes.ChangeLog}).
     */
    public long bump() {
        if (transactions.getResource(BUMPED) == null) {
            em.createNativeQuery("update content_change set version = version + 1, changed_at = :now where id = 1")
                    .setParameter("now", Instant.now())
                    .executeUpdate();
            transactions.putResource(BUMPED, Boolean.TRUE);
        }
        // The row is locked by this transaction until it ends, so this is the version it commits, and the next
        // scheduled time as it leaves it: known before a scheduled time this write sets can come.
        Object[] row = (Object[]) em.createNativeQuery(nextChangeQuery(":" + ArticleVisibility.NOW))
                .setParameter(ArticleVisibility.NOW, Instant.now())
                .getSingleResult();
        long version = ((Number) row[0]).longValue();
        Instant next = instant(row[1]);
        afterCommit(() -> {
            databaseVersion.accumulateAndGet(version, Math::max);
            learnSchedule(version, next);
            generation.incrementAndGet();
        });
        return version;
    }

    /**
     * Called inside a transaction that changes comments on these articles; like {@link #bump()} it commits or
     * rolls back with them.
     */
    public void bumpComments(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Set<Long> ids = Set.copyOf(articleIds);
        em.createNativeQuery("update article set comments_version = comments_version + 1, comments_changed_at = :now"
                        + " where id in (:ids)")
                .setParameter("now", Instant.now())
                .setParameter("ids", ids)
                .executeUpdate();
        // Locked by this transaction until it ends: these are the versions it commits.
        @SuppressWarnings("unchecked")
        List<Object[]> committed = em.createNativeQuery("select id, comments_version from article where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        afterCommit(() -> {
            for (Object[] row : committed) {
                learnCommentVersion(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        });
    }

    /** The next read after the current transaction commits sees the change; a rollback leaves all as it was. */
    private void afterCommit(Runnable learn) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    learn.run();
                }
            }
        });
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return (Instant) value;
    }

    /** Versions only grow, so a poll that read before a commit cannot take the commit's version back. */
    private void learnCommentVersion(long articleId, long version) {
        Long known = commentVersions.get(articleId);
        if (known == null || known < version) {
            commentVersions.merge(articleId, version, Math::max);
            commentChanges.incrementAndGet();
        }
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
            database.answered();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Could not read the content version; cached responses stand until it can be read");
            database.failed(e);
        }
    }

    /** Only the poller (and start-up, before it) calls this, so no reader ever waits for a connection here. */
    private synchronized void refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(READ)) {
            read.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("content_change has no row");
                }
                long version = row.getLong(1);
                Timestamp next = row.getTimestamp(2);
                learnSchedule(version, next == null ? null : next.toInstant());
                if (databaseVersion.getAndAccumulate(version, Math::max) < version) {
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
                    learnCommentVersion(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        lastCommentPoll = polled;
    }
}
