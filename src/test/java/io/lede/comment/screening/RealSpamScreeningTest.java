package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening rules alone, over the real comments in {@link TubeSpam}, with no server: fast enough to run on every
 * change to a rule or the seed. Each comment comes from a new author and is compared with the 500 comments before
 * it, as the service does. {@code TubeSpamEvaluationTest} measures the same through the API.
 */
class RealSpamScreeningTest {

    private static final int RECENT = 500;
    /** What the service learns as spam without a moderator: lede.comments.screening.auto-learn-spam-probability. */
    private static final double AUTO_LEARN = 0.9999;

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(TubeSpam.present(), "no ../shared/corpora/tubespam; skipped");
    }

    private static TubeSpam.Score screenAll(
            SpamClassifier classifier, List<TubeSpam.Labelled> comments, boolean print) {
        Screening screening = new Screening(ScreeningPolicy.defaults(), classifier);
        Deque<TextFingerprint> recent = new ArrayDeque<>();
        TubeSpam.Score score = new TubeSpam.Score();
        for (TubeSpam.Labelled comment : comments) {
            ScreeningVerdict verdict = screening.screen(
                    new CommentSubmission(comment.body(), "reader", "hash", "", false, List.copyOf(recent)));
            boolean calledSpam = verdict.status() == ScreeningStatus.SPAM;
            score.add(comment.spam(), calledSpam);
            if (print && comment.spam() != calledSpam) {
                System.out.println((comment.spam() ? "MISSED " : "WRONGLY ")
                        + verdict.reasons().stream()
                                .map(r -> r.code() + "=" + r.detail())
                                .toList() + " | " + comment.body());
            }
            recent.addFirst(screening.fingerprint(comment.body()));
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        return score;
    }

    @Test
    void theSeedAloneCatchesRealSpam() {
        TubeSpam.Score score = screenAll(SpamClassifier.seeded(), TubeSpam.train(), Boolean.getBoolean("misses"));
        System.out.println("Screening, seed only, all real comments: " + score);

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.025);
    }

    @Test
    void learningFourFifthsCatchesMoreOfTheFifthHeldBack() {
        List<TubeSpam.Labelled> all = TubeSpam.train();
        SpamClassifier classifier = SpamClassifier.seeded();
        List<TubeSpam.Labelled> heldBack = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (TubeSpam.heldBack(i)) {
                heldBack.add(all.get(i));
            } else {
                classifier.train(all.get(i).body(), all.get(i).spam());
            }
        }
        TubeSpam.Score score = screenAll(classifier, heldBack, Boolean.getBoolean("misses"));
        System.out.println("Screening after learning four fifths, on the fifth held back: " + score);
        printCalibration(classifier, heldBack);

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.02);
    }

    @Test
    void learningOnlyFromThePendingQueueStillHelps() {
        List<TubeSpam.Labelled> all = TubeSpam.train();
        SpamClassifier classifier = SpamClassifier.seeded();
        Screening screening = new Screening(ScreeningPolicy.defaults(), classifier);
        List<TubeSpam.Labelled> heldBack = new ArrayList<>();
        int taughtHam = 0;
        int taughtSpam = 0;
        for (int i = 0; i < all.size(); i++) {
            TubeSpam.Labelled comment = all.get(i);
            if (TubeSpam.heldBack(i)) {
                heldBack.add(comment);
                continue;
            }
            ScreeningVerdict verdict =
                    screening.screen(new CommentSubmission(comment.body(), "reader", "hash", "", false, List.of()));
            if (verdict.status() != ScreeningStatus.SPAM) {
                classifier.train(comment.body(), comment.spam());
                taughtHam += comment.spam() ? 0 : 1;
                taughtSpam += comment.spam() ? 1 : 0;
            } else if (taughtSpam < taughtHam
                    && verdict.reasons().stream()
                            .anyMatch(
                                    reason -> reason.code() == ReasonCode.CLASSIFIER && reason.score() >= AUTO_LEARN)) {
                classifier.train(comment.body(), true);
                taughtSpam++;
            }
        }
        TubeSpam.Score score = screenAll(classifier, heldBack, Boolean.getBoolean("misses"));
        System.out.println(
                "Screening after learning the pending queue of four fifths, on the fifth held back: " + score);

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.94);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.02);
    }

    /**
     * How well the classifier's own probability (text alone) matches what happens: mean log loss on the held-back
     * comments at several evidence weights (the shipped one is {@link SpamClassifier#EVIDENCE_WEIGHT}), and, at the
     * shipped weight, the observed spam rate in each tenth of predicted probability.
     */
    private static void printCalibration(SpamClassifier classifier, List<TubeSpam.Labelled> heldBack) {
        StringBuilder losses = new StringBuilder("Log loss of the text-alone probability by evidence weight:");
        for (double weight = 0.2; weight <= 1.01; weight += 0.1) {
            double loss = 0;
            for (TubeSpam.Labelled comment : heldBack) {
                double logOdds = classifier.judge(comment.body()).logOdds() / SpamClassifier.EVIDENCE_WEIGHT * weight;
                double p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-logOdds))));
                loss -= comment.spam() ? Math.log(p) : Math.log(1 - p);
            }
            losses.append(String.format(" %.1f: %.3f", weight, loss / heldBack.size()));
        }
        System.out.println(losses);
        int[] total = new int[10];
        int[] spam = new int[10];
        for (TubeSpam.Labelled comment : heldBack) {
            int bin = Math.min(9, (int) (classifier.spamProbability(comment.body()) * 10));
            total[bin]++;
            spam[bin] += comment.spam() ? 1 : 0;
        }
        StringBuilder bins = new StringBuilder("Observed spam rate by predicted tenth:");
        for (int bin = 0; bin < 10; bin++) {
            bins.append(
                    total[bin] == 0
                            ? String.format(" %.1f-: -", bin / 10.0)
                            : String.format(" %.1f-: %d/%d", bin / 10.0, spam[bin], total[bin]));
        }
        System.out.println(bins);
    }
}
