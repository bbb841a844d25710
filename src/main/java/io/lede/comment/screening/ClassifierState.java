package io.lede.comment.screening;

import java.util.Map;

/**
 * Everything a {@link SpamClassifier} has learned, as plain counts, so a service can store it and load it again.
 *
 * @param hamDocuments comments trained as not spam
 * @param spamDocuments comments trained as spam
 * @param hamCounts how often each feature occurred in not-spam comments
 * @param spamCounts how often each feature occurred in spam comments
 */
public record ClassifierState(
        long hamDocuments, long spamDocuments, Map<String, Long> hamCounts, Map<String, Long> spamCounts) {

    public ClassifierState {
        hamCounts = Map.copyOf(hamCounts);
        spamCounts = Map.copyOf(spamCounts);
    }

    public static ClassifierState empty() {
        return new ClassifierState(0, 0, Map.of(), Map.of());
    }
}
