package io.lede.comment.screening;

import java.util.Set;

/**
 * Every threshold and list screening uses. {@link #defaults()} is where a new site starts.
 *
 * @param maxLinks more links than this hold the comment
 * @param blockedWords words or phrases that mark a comment as spam (matched as whole words, any case)
 * @param heldWords words or phrases that hold a comment for a moderator
 * @param duplicateIsSpam whether an exact repeat of a recent comment is spam (true) or only held (false)
 * @param duplicateMinWords comments shorter than this are never duplicates: "Well said." is said often and honestly
 * @param nearDuplicateSimilarity Jaccard similarity of word shingles at or above which a comment is a near-duplicate
 * @param shingleWords words per shingle
 * @param holdFirstTimeCommenters hold an author's comments until one of them has been approved
 * @param classifierHoldProbability spam probability at or above which the comment is held
 * @param classifierSpamProbability spam probability at or above which the comment is spam; set both above 1 to
 *     switch the classifier off
 * @param signalWeights what each spam signal adds to the classifier's log-odds
 */
public record ScreeningPolicy(
        int maxLinks,
        Set<String> blockedWords,
        Set<String> heldWords,
        boolean duplicateIsSpam,
        int duplicateMinWords,
        double nearDuplicateSimilarity,
        int shingleWords,
        boolean holdFirstTimeCommenters,
        double classifierHoldProbability,
        double classifierSpamProbability,
        SignalWeights signalWeights) {

    public static final int MAX_LINKS = 2;
    public static final int DUPLICATE_MIN_WORDS = 5;
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.5;
    public static final int SHINGLE_WORDS = 3;
    public static final double CLASSIFIER_HOLD_PROBABILITY = 0.5;
    public static final double CLASSIFIER_SPAM_PROBABILITY = 0.9;

    public ScreeningPolicy {
        blockedWords = Set.copyOf(blockedWords);
        heldWords = Set.copyOf(heldWords);
        if (classifierHoldProbability > classifierSpamProbability) {
            throw new IllegalArgumentException("the hold probability must not exceed the spam probability");
        }
    }

    /** Sensible starting values; word lists start empty because every site's vocabulary of abuse differs. */
    public static ScreeningPolicy defaults() {
        return new ScreeningPolicy(
                MAX_LINKS,
                Set.of(),
                Set.of(),
                true,
                DUPLICATE_MIN_WORDS,
                NEAR_DUPLICATE_SIMILARITY,
                SHINGLE_WORDS,
                true,
                CLASSIFIER_HOLD_PROBABILITY,
                CLASSIFIER_SPAM_PROBABILITY,
                SignalWeights.defaults());
    }

    public ScreeningPolicy withMaxLinks(int max) {
        return new ScreeningPolicy(
                max,
                blockedWords,
                heldWords,
                duplicateIsSpam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                holdFirstTimeCommenters,
                classifierHoldProbability,
                classifierSpamProbability,
                signalWeights);
    }

    public ScreeningPolicy withWordLists(Set<String> blocked, Set<String> held) {
        return new ScreeningPolicy(
                maxLinks,
                blocked,
                held,
                duplicateIsSpam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                holdFirstTimeCommenters,
                classifierHoldProbability,
                classifierSpamProbability,
                signalWeights);
    }

    public ScreeningPolicy withDuplicateIsSpam(boolean spam) {
        return new ScreeningPolicy(
                maxLinks,
                blockedWords,
                heldWords,
                spam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                holdFirstTimeCommenters,
                classifierHoldProbability,
                classifierSpamProbability,
                signalWeights);
    }

    public ScreeningPolicy withHoldFirstTimeCommenters(boolean hold) {
        return new ScreeningPolicy(
                maxLinks,
                blockedWords,
                heldWords,
                duplicateIsSpam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                hold,
                classifierHoldProbability,
                classifierSpamProbability,
                signalWeights);
    }

    public ScreeningPolicy withClassifierProbabilities(double hold, double spam) {
        return new ScreeningPolicy(
                maxLinks,
                blockedWords,
                heldWords,
                duplicateIsSpam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                holdFirstTimeCommenters,
                hold,
                spam,
                signalWeights);
    }

    public ScreeningPolicy withSignalWeights(SignalWeights weights) {
        return new ScreeningPolicy(
                maxLinks,
                blockedWords,
                heldWords,
                duplicateIsSpam,
                duplicateMinWords,
                nearDuplicateSimilarity,
                shingleWords,
                holdFirstTimeCommenters,
                classifierHoldProbability,
                classifierSpamProbability,
                weights);
    }
}
