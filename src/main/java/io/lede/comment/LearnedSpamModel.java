package io.lede.comment;

import io.lede.comment.screening.SpamClassifier;
import io.lede.web.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * The classifier every instance screens with: the shipped seed plus what moderators' decisions taught, which lives
 * in the database ({@code comment_spam_model}, {@code comment_spam_feature}) so that a restart keeps it and every
 * instance screens with the same counts.
 *
 * <p>A lesson is written in the decision's own transaction: the model row is locked (so lessons from several
 * instances apply one after another), the counts of the comment's features change, and the model's version goes
 * up. An instance learns that the version moved from its own lessons as they commit, and from everyone else's by
 * reading the version in the background every {@link #POLL} (one small query, not one per post); the first
 * screening after it moved reads only the features with a newer version, as absolute counts, so reading the same
 * change twice does no harm. So a lesson taught through this instance screens the very next comment, and one taught
 * through another instance within a poll interval (250 ms, plus the time the poll takes).
 */
@ApplicationScoped
public class LearnedSpamModel {

    private static final int HAM = 0;
    private static final int SPAM = 1;

    /** How often an instance reads the model's version to hear of lessons taught through other instances. */
    static final Duration POLL = Duration.ofMillis(250);

    /** Not heard of any version yet: the first screening reads the model. */
    private static final long UNHEARD = Long.MIN_VALUE;

    private final EntityManager em;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final SpamClassifier classifier = SpamClassifier.seeded();
    private volatile long seenVersion = -1;
    /** The latest version this instance heard of (polled, or committed here); screening reads when it differs. */
    private final AtomicLong heardVersion = new AtomicLong(UNHEARD);

    @Inject
    public LearnedSpamModel(
            EntityManager em,
            DataSource dataSource,
            TransactionSynchronizationRegistry transactions,
            Housekeeping housekeeping) {
        this.em = em;
        this.dataSource = dataSource;
        this.transactions = transactions;
        housekeeping.every(POLL, "read the learned spam model's version", this::poll);
    }

    /** A model that reads the database only when asked ({@link #catchUp()}): another instance, in tests. */
    LearnedSpamModel(EntityManager em) {
        this.em = em;
        this.dataSource = null;
        this.transactions = null;
    }

    /** The classifier; {@link #catchUp()} brings it up to date with the database. */
    public SpamClassifier classifier() {
        return classifier;
    }

    /**
     * Brings the classifier up to date when this instance has heard that the model moved since it last read it
     * (nothing to do, and no query, otherwise); within a transaction. Called before each screening.
     */
    public void catchUpIfMoved() {
        long heard = heardVersion.get();
        if (heard != seenVersion) {
            catchUp();
            heardVersion.compareAndSet(heard, seenVersion);
        }
    }

    /** Reads what other decisions (from any instance) have taught since the last call; within a transaction. */
    public void catchUp() {
        long version = ((Number) modelRow()[0]).longValue();
        if (version != seenVersion) {
            catchUp(version);
        }
    }

    /** The background read of the version: when it differs from what screening last read, the next one reads. */
    private void poll() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read =
                        connection.prepareStatement("select version from comment_spam_model where id = 1");
                ResultSet row = read.executeQuery()) {
            if (row.next()) {
                heardVersion.set(row.getLong(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the learned spam model's version", e);
        }
    }

    private synchronized void catchUp(long version) {
        if (version == seenVersion) {
            return;
        }
        if (version < seenVersion) {
            // The table was restored or reset to an earlier state: start again from the seed.
            classifier.clearLearned();
            seenVersion = -1;
        }
        Object[] model = modelRow();
        long now = ((Number) model[0]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select feature, ham_count, spam_count from comment_spam_feature where version > :seen")
                .setParameter("seen", seenVersion)
                .getResultList();
        Map<String, long[]> features = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            features.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        classifier.replaceLearned(new SpamClassifier.LearnedCounts(
                ((Number) model[1]).longValue(), ((Number) model[2]).longValue(), features));
        seenVersion = now;
    }

    private Object[] modelRow() {
        return (Object[]) em.createNativeQuery(
                        "select version, ham_documents, spam_documents from comment_spam_model where id = 1")
                .getSingleResult();
    }

    /**
     * Makes the comment count with this label (null: not at all), taking back what it was learned with before.
     * Nothing changes when it is already learned with this label and this text. Call within the decision's
     * transaction.
     */
    public void learn(Comment comment, SpamLabel label) {
        String text = label == null ? null : comment.bodyMarkdown;
        if (comment.learnedLabel == label && Objects.equals(comment.learnedText, text)) {
            return;
        }
        Map<String, long[]> change = new HashMap<>();
        long[] documents = new long[2];
        if (comment.learnedLabel != null) {
            count(comment.learnedText, index(comment.learnedLabel), -1, change, documents);
        }
        if (label != null) {
            count(text, index(label), 1, change, documents);
        }
        change.values().removeIf(delta -> delta[HAM] == 0 && delta[SPAM] == 0);
        apply(change, documents);
        comment.learnedLabel = label;
        comment.learnedText = text;
    }

    /**
     * Whether screening may learn a comment it is sure of as spam by itself. Only while moderators have taught at
     * least as much not-spam as there is learned spam: a classifier teaching itself with nobody deciding drifts, each
     * spam it learns making ordinary words look more like spam (on real comments, self-taught spam with no moderator
     * turned 2% of readers into 28%).
     */
    public boolean mayTeachItself() {
        long[] learned = classifier.learnedDocuments();
        return learned[SPAM] < learned[HAM];
    }

    /** Takes back whatever the comment was learned with. */
    public void forget(Comment comment) {
        learn(comment, null);
    }

    private static int index(SpamLabel label) {
        return label == SpamLabel.SPAM ? SPAM : HAM;
    }

    private static void count(String text, int label, int delta, Map<String, long[]> change, long[] documents) {
        documents[label] += delta;
        for (String feature : SpamClassifier.features(text)) {
            change.computeIfAbsent(feature, key -> new long[2])[label] += delta;
        }
    }

    private void apply(Map<String, long[]> change, long[] documents) {
        long version = ((Number) em.createNativeQuery("select version from comment_spam_model where id = 1 for update")
                                .getSingleResult())
                        .longValue()
                + 1;
        em.createNativeQuery("update comment_spam_model set version = :version,"
                        + " ham_documents = ham_documents + :ham, spam_documents = spam_documents + :spam where id = 1")
                .setParameter("version", version)
                .setParameter("ham", documents[HAM])
                .setParameter("spam", documents[SPAM])
                .executeUpdate();
        heardOnCommit(version);
        if (change.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>();
        List<String> keys = new ArrayList<>(change.keySet());
        for (int from = 0; from < keys.size(); from += 500) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery(
                            "select feature from comment_spam_feature where feature in (:features)")
                    .setParameter("features", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .getResultList();
            existing.addAll(found);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                            "update comment_spam_feature set ham_count = ham_count + ?, spam_count = spam_count + ?,"
                                    + " version = ? where feature = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into comment_spam_feature (feature, ham_count, spam_count, version)"
                                    + " values (?, ?, ?, ?)")) {
                for (Map.Entry<String, long[]> entry : change.entrySet()) {
                    long[] delta = entry.getValue();
                    PreparedStatement statement = existing.contains(entry.getKey()) ? update : insert;
                    if (statement == update) {
                        bind(update, delta[HAM], delta[SPAM], version, entry.getKey());
                    } else {
                        insert.setString(1, entry.getKey());
                        insert.setLong(2, Math.max(0, delta[HAM]));
                        insert.setLong(3, Math.max(0, delta[SPAM]));
                        insert.setLong(4, version);
                    }
                    statement.addBatch();
                }
                update.executeBatch();
                insert.executeBatch();
            }
        });
    }

    /** This instance's next screening reads its own lesson, once the lesson's transaction commits. */
    private void heardOnCommit(long version) {
        if (transactions == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    heardVersion.set(version);
                }
            }
        });
    }

    private static void bind(PreparedStatement update, long ham, long spam, long version, String feature)
            throws SQLException {
        update.setLong(1, ham);
        update.setLong(2, spam);
        update.setLong(3, version);
        update.setString(4, feature);
    }
}
