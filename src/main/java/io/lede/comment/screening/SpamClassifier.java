package io.lede.comment.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Multinomial naive Bayes over {@link TextFeatures}: Laplace smoothing, sums of logarithms, and a probability only
 * at the end.
 *
 * <p>Many readers, occasional writers: scoring takes a read lock, training (a moderator's decision) a write lock.
 *
 * <p>Tempered rather than textbook: the features of one comment are far from independent (one word yields several
 * character grams, and every word pair repeats two words), so the plain sum of log-likelihood ratios answers 0 or 1
 * for nearly everything and thresholds mean nothing. The evidence is therefore the mean log-likelihood ratio per
 * feature (character grams weighing a quarter of a word) times {@link #EVIDENCE_SCALE}, added to the prior log-odds.
 * Features never seen in training are skipped rather than smoothed: they say nothing about either class.
 */
public final class SpamClassifier {

    static final double SMOOTHING = 1.0;
    static final double GRAM_WEIGHT = 0.25;
    static final double EVIDENCE_SCALE = 4.0;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, long[]> counts = new HashMap<>();
    private final long[] documents = new long[2];
    private final long[] features = new long[2];

    private static final int HAM = 0;
    private static final int SPAM = 1;

    public SpamClassifier() {}

    public SpamClassifier(ClassifierState state) {
        documents[HAM] = state.hamDocuments();
        documents[SPAM] = state.spamDocuments();
        state.hamCounts().forEach((feature, count) -> add(feature, HAM, count));
        state.spamCounts().forEach((feature, count) -> add(feature, SPAM, count));
    }

    /** A classifier that has learned the hand-written seed comments and nothing else. */
    public static SpamClassifier seeded() {
        SpamClassifier classifier = new SpamClassifier();
        LabelledComments seed = LabelledComments.seed();
        seed.ham().forEach(text -> classifier.train(text, false));
        seed.spam().forEach(text -> classifier.train(text, true));
        return classifier;
    }

    /** Learns one comment whose class a moderator has decided. */
    public void train(String text, boolean spam) {
        List<String> found = TextFeatures.of(text);
        int label = spam ? SPAM : HAM;
        lock.writeLock().lock();
        try {
            documents[label]++;
            for (String feature : found) {
                add(feature, label, 1);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** 0 to 1; 0.5 when the classifier has not yet seen both classes. */
    public double spamProbability(String text) {
        List<String> found = TextFeatures.of(text);
        lock.readLock().lock();
        try {
            if (documents[HAM] == 0 || documents[SPAM] == 0) {
                return 0.5;
            }
            double vocabulary = counts.size();
            double spamTotal = features[SPAM] + SMOOTHING * vocabulary;
            double hamTotal = features[HAM] + SMOOTHING * vocabulary;
            double evidence = 0;
            double weights = 0;
            for (String feature : found) {
                long[] count = counts.get(feature);
                if (count == null) {
                    continue;
                }
                double weight = feature.startsWith(TextFeatures.GRAM) ? GRAM_WEIGHT : 1.0;
                evidence += weight
                        * (Math.log((count[SPAM] + SMOOTHING) / spamTotal)
                                - Math.log((count[HAM] + SMOOTHING) / hamTotal));
                weights += weight;
            }
            double prior = Math.log(documents[SPAM]) - Math.log(documents[HAM]);
            double logOdds = prior + (weights == 0 ? 0 : EVIDENCE_SCALE * evidence / weights);
            return 1.0 / (1.0 + Math.exp(-logOdds));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A copy of the counts, consistent with one moment between trainings. */
    public ClassifierState state() {
        lock.readLock().lock();
        try {
            Map<String, Long> ham = new HashMap<>();
            Map<String, Long> spam = new HashMap<>();
            counts.forEach((feature, count) -> {
                if (count[HAM] > 0) {
                    ham.put(feature, count[HAM]);
                }
                if (count[SPAM] > 0) {
                    spam.put(feature, count[SPAM]);
                }
            });
            return new ClassifierState(documents[HAM], documents[SPAM], ham, spam);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void add(String feature, int label, long count) {
        counts.computeIfAbsent(feature, key -> new long[2])[label] += count;
        features[label] += count;
    }
}
