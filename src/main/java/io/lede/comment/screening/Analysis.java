package io.lede.comment.screening;

import java.util.List;
import java.util.Set;

/**
 * What the rules read from one submission, each part worked out once however many rules ask for it: the folded
 * text, its words, features, links and fingerprint, and how it compares with the recent comments. Made per
 * screening and used by one thread.
 */
final class Analysis {

    /** How the submission compares with the recent comments: exact repeats, near ones, the closest near one. */
    record Comparison(int exact, int near, double closest) {

        static final Comparison NONE = new Comparison(0, 0, 0);

        /** Recent comments this one repeats exactly or nearly. */
        int repeats() {
            return exact + near;
        }
    }

    private final CommentSubmission submission;
    private final ScreeningPolicy policy;
    private String folded;
    private String normalised;
    private List<String> words;
    private Set<String> features;
    private List<String> links;
    private TextFingerprint fingerprint;
    private Comparison comparison;

    Analysis(CommentSubmission submission, ScreeningPolicy policy) {
        this.submission = submission;
        this.policy = policy;
    }

    CommentSubmission submission() {
        return submission;
    }

    ScreeningPolicy policy() {
        return policy;
    }

    /** The body, NFKC-folded and lowercase. */
    String folded() {
        if (folded == null) {
            folded = TextFeatures.fold(submission.body());
        }
        return folded;
    }

    /** The folded body with each run of whitespace one space, trimmed: what the signal patterns read. */
    String normalised() {
        if (normalised == null) {
            normalised = TextFeatures.normaliseFolded(folded());
        }
        return normalised;
    }

    /** The body's words, as {@link TextFeatures#words} finds them. */
    List<String> words() {
        if (words == null) {
            words = TextFeatures.wordsOfFolded(folded());
        }
        return words;
    }

    /** The classifier's features of the body. */
    Set<String> features() {
        if (features == null) {
            features = TextFeatures.of(words());
        }
        return features;
    }

    /** The links in the body, as {@link Links#found} finds them. */
    List<String> links() {
        if (links == null) {
            links = Links.found(submission.body());
        }
        return links;
    }

    TextFingerprint fingerprint() {
        if (fingerprint == null) {
            fingerprint = TextFingerprint.of(words(), policy.shingleWords());
        }
        return fingerprint;
    }

    /** One pass over the recent comments for every rule that compares with them. */
    Comparison comparison() {
        if (comparison == null) {
            comparison = compare();
        }
        return comparison;
    }

    private Comparison compare() {
        TextFingerprint mine = fingerprint();
        if (submission.recentComments().isEmpty()) {
            return Comparison.NONE;
        }
        int exact = 0;
        int near = 0;
        double closest = 0;
        double threshold = policy.nearDuplicateSimilarity();
        for (TextFingerprint recent : submission.recentComments()) {
            if (recent.sameWords(mine)) {
                exact++;
                continue;
            }
            double similarity = mine.similarityIfAtLeast(recent, threshold);
            if (similarity >= threshold) {
                near++;
                closest = Math.max(closest, similarity);
            }
        }
        return new Comparison(exact, near, closest);
    }
}
