package io.lede.comment.screening;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Naive Bayes over the distinct words and word pairs of a comment ({@link TextFeatures}): Laplace smoothing and the
 * log-likelihood ratios of every known feature summed, so evidence grows with what a comment says: one word moves
 * the probability a little, twenty telling words move it a lot.
 *
 * <p>The prior is even odds, not the ratio of learned spam to learned not-spam: the comments moderators decide are
 * not a sample of what readers post (a moderator who works only the pending queue decides mostly not-spam, because
 * screening already binned the obvious spam), so their ratio would drag every verdict toward whatever the queue
 * happened to hold. How much spam a site gets is expressed in the thresholds instead.
 *
 * <p>Calibrated by a temperature: features of one comment are not independent (every word pair repeats two words),
 * so the plain sum overstates its certainty. The sum is multiplied by {@link #EVIDENCE_WEIGHT}, the value at which,
 * on real labelled comments, predicted probabilities matched observed spam rates best (see the screening README).
 * Features never seen in training are skipped: they say nothing about either class.
 *
 * <p>Counts come from two places: the seed and in-memory {@link #train}ing, and the learned counts a service keeps
 * in the database, which it hands over with {@link #replaceLearned} as absolute values (so applying the same update
 * twice changes nothing). Many readers, occasional writers: scoring takes a read lock, updates a write lock.
 */
public final class SpamClassifier {

    static final double SMOOTHING = 1.0;
    static final double EVIDENCE_WEIGHT = 0.4;

    private static final int HAM = 0;
    private static final int SPAM = 1;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, long[]> learned = new HashMap<>();
    private final long[] documents = new long[2];
    private final long[] learnedDocuments = new long[2];
    private final long[] totals = new long[2];

    /** What the classifier thinks of one text: the log-odds of spam and how many known features gave evidence. */
    public record Judgement(double logOdds, int knownFeatures) {

        public double probability() {
            return 1.0 / (1.0 + Math.exp(-logOdds));
        }
    }

    /**
     * Learned counts for some features, as they now stand in storage, and the learned documents of each class.
     *
     * @param features feature to {ham, spam} count
     */
    public record LearnedCounts(long hamDocuments, long spamDocuments, Map<String, long[]> features) {}

    /** A classifier that has learned the hand-written seed comments and nothing else. */
    public static SpamClassifier seeded() {
        SpamClassifier classifier = new SpamClassifier();
        LabelledComments seed = LabelledComments.seed();
        seed.ham().forEach(text -> classifier.train(text, false));
        seed.spam().forEach(text -> classifier.train(text, true));
        return classifier;
    }

    /** The features a text contributes, as they are stored. */
    public static Set<String> features(String text) {
        return TextFeatures.of(text);
    }

    /** Learns one comment in memory. */
    public void train(String text, boolean spam) {
        adjust(text, spam ? SPAM : HAM, 1);
    }

    /** Takes back what {@link #train} learned from the same text and class. */
    public void forget(String text, boolean spam) {
        adjust(text, spam ? SPAM : HAM, -1);
    }

    private void adjust(String text, int label, int delta) {
        Set<String> found = features(text);
        lock.writeLock().lock();
        try {
            documents[label] += delta;
            for (String feature : found) {
                long[] count = counts.computeIfAbsent(feature, key -> new long[2]);
                count[label] += delta;
                totals[label] += delta;
                dropIfEmpty(counts, feature, count);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Sets the learned counts of the features given (others keep theirs) and the learned document counts. */
    public void replaceLearned(LearnedCounts update) {
        lock.writeLock().lock();
        try {
            for (int label = HAM; label <= SPAM; label++) {
                long next = label == HAM ? update.hamDocuments() : update.spamDocuments();
                documents[label] += next - learnedDocuments[label];
                learnedDocuments[label] = next;
            }
            update.features().forEach((feature, now) -> {
                long[] before = learned.computeIfAbsent(feature, key -> new long[2]);
                long[] count = counts.computeIfAbsent(feature, key -> new long[2]);
                for (int label = HAM; label <= SPAM; label++) {
                    long change = now[label] - before[label];
                    count[label] += change;
                    totals[label] += change;
                    before[label] = now[label];
                }
                dropIfEmpty(counts, feature, count);
                dropIfEmpty(learned, feature, before);
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A feature no comment has is not part of the vocabulary that smoothing spreads over. */
    private static void dropIfEmpty(Map<String, long[]> map, String feature, long[] count) {
        if (count[HAM] == 0 && count[SPAM] == 0) {
            map.remove(feature);
        }
    }

    /** Forgets every learned count, keeping the seed and in-memory training. */
    public void clearLearned() {
        Map<String, long[]> zeros = new HashMap<>();
        lock.readLock().lock();
        try {
            learned.keySet().forEach(feature -> zeros.put(feature, new long[2]));
        } finally {
            lock.readLock().unlock();
        }
        replaceLearned(new LearnedCounts(0, 0, zeros));
    }

    /** 0 to 1; 0.5 when the classifier has not yet seen both classes. */
    public double spamProbability(String text) {
        return judge(text).probability();
    }

    public Judgement judge(String text) {
        return judge(features(text));
    }

    /** The judgement of a text by its {@link #features}. */
    Judgement judge(Set<String> found) {
        lock.readLock().lock();
        try {
            if (documents[HAM] <= 0 || documents[SPAM] <= 0) {
                return new Judgement(0, 0);
            }
            double vocabulary = counts.size();
            double spamTotal = totals[SPAM] + SMOOTHING * vocabulary;
            double hamTotal = totals[HAM] + SMOOTHING * vocabulary;
            double evidence = 0;
            int known = 0;
            for (String feature : found) {
                long[] count = counts.get(feature);
                if (count == null) {
                    continue;
                }
                known++;
                evidence +=
                        Math.log((count[SPAM] + SMOOTHING) / spamTotal) - Math.log((count[HAM] + SMOOTHING) / hamTotal);
            }
            return new Judgement(EVIDENCE_WEIGHT * evidence, known);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Comments learned from storage of each class, seed and in-memory training excluded: {ham, spam}. */
    public long[] learnedDocuments() {
        lock.readLock().lock();
        try {
            return learnedDocuments.clone();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Comments learned of each class, seed included: {ham, spam}. */
    public long[] documents() {
        lock.readLock().lock();
        try {
            return documents.clone();
        } finally {
            lock.readLock().unlock();
        }
    }
}
