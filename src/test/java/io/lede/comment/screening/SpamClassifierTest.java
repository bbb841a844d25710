package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SpamClassifierTest {

    private static final String HELD_OUT = "comment-screening/heldout.json";
    private static final double MIN_PRECISION = 0.85;
    private static final double MIN_RECALL = 0.75;

    @Test
    void seededClassifierSeparatesTheHeldOutCommentsItNeverSaw() {
        SpamClassifier classifier = SpamClassifier.seeded();
        LabelledComments heldOut = LabelledComments.fromClasspath(HELD_OUT);

        long truePositives = heldOut.spam().stream()
                .filter(text -> classifier.spamProbability(text) >= 0.5)
                .count();
        long falsePositives = heldOut.ham().stream()
                .filter(text -> classifier.spamProbability(text) >= 0.5)
                .count();
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) heldOut.spam().size();
        System.out.printf(
                "Spam classifier on the held-out set (%d ham, %d spam) at 0.5: precision %.3f, recall %.3f"
                        + " (%d true positives, %d false positives)%n",
                heldOut.ham().size(), heldOut.spam().size(), precision, recall, truePositives, falsePositives);

        assertThat(heldOut.ham()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(heldOut.spam()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(precision).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void screeningMarksTheHeldOutSpamFromNewcomersAsSpamAndNoneOfTheReaders() {
        LabelledComments heldOut = LabelledComments.fromClasspath(HELD_OUT);
        Screening screening = new Screening(ScreeningPolicy.defaults(), SpamClassifier.seeded());
        long truePositives =
                heldOut.spam().stream().filter(text -> spam(screening, text)).count();
        long falsePositives =
                heldOut.ham().stream().filter(text -> spam(screening, text)).count();
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) heldOut.spam().size();
        System.out.printf(
                "Screening of newcomers on the held-out set (%d ham, %d spam), status spam: precision %.3f, recall %.3f,"
                        + " F1 %.3f, ham false-positive rate %.3f%n",
                heldOut.ham().size(),
                heldOut.spam().size(),
                precision,
                recall,
                2 * precision * recall / Math.max(1e-9, precision + recall),
                falsePositives / (double) heldOut.ham().size());

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
    }

    private static boolean spam(Screening screening, String text) {
        return screening
                        .screen(new CommentSubmission(text, "A Newcomer", "hash", "", false, List.of()))
                        .status()
                == ScreeningStatus.SPAM;
    }

    @Test
    void heldOutCommentsAreNotInTheSeed() {
        LabelledComments seed = LabelledComments.seed();
        LabelledComments heldOut = LabelledComments.fromClasspath(HELD_OUT);

        assertThat(seed.ham()).hasSizeGreaterThanOrEqualTo(40).doesNotContainAnyElementsOf(heldOut.ham());
        assertThat(seed.spam()).hasSizeGreaterThanOrEqualTo(40).doesNotContainAnyElementsOf(heldOut.spam());
    }

    @Test
    void oneModeratorDecisionMovesAMisjudgedCommentTheRightWay() {
        SpamClassifier classifier = SpamClassifier.seeded();
        String borderline = "Thanks for sharing, great post. Visit the harbour festival site for the programme.";
        double before = classifier.spamProbability(borderline);

        classifier.train(borderline, false);

        assertThat(classifier.spamProbability(borderline)).isLessThan(before);
    }

    @Test
    void learningSpamRaisesTheProbabilityOfSimilarSpam() {
        SpamClassifier classifier = SpamClassifier.seeded();
        String newWave = "Harbour tickets half price, limited offer, message the agent on Telegram";
        double before = classifier.spamProbability(newWave);

        classifier.train("Ferry tickets half price, limited offer, message the agent on Telegram", true);

        assertThat(classifier.spamProbability(newWave)).isGreaterThan(before);
    }

    @Test
    void anUntrainedClassifierHasNoOpinion() {
        assertThat(new SpamClassifier().spamProbability("anything at all")).isEqualTo(0.5);
    }

    @Test
    void oneWordIsNeverCertainEvidenceGrowsWithWhatIsSaid() {
        SpamClassifier classifier = SpamClassifier.seeded();

        for (String word : List.of("subscribe", "nice", "channel", "free", "money", "wow")) {
            assertThat(classifier.spamProbability(word)).as(word).isBetween(0.05, 0.95);
        }
        assertThat(classifier.spamProbability(
                        "Please subscribe to my channel, I post new music videos every week and need more views"))
                .isGreaterThan(classifier.spamProbability("subscribe"))
                .isGreaterThan(0.95);
    }

    @Test
    void forgettingTakesBackExactlyWhatTrainingLearned() {
        SpamClassifier classifier = SpamClassifier.seeded();
        String text = "The tram stop by the market has no shelter at all.";
        double before = classifier.spamProbability(text);

        classifier.train(text, true);
        classifier.forget(text, true);

        assertThat(classifier.spamProbability(text)).isEqualTo(before);
    }

    @Test
    void learnedCountsAreAbsoluteSoApplyingTheSameUpdateTwiceChangesNothing() {
        SpamClassifier classifier = SpamClassifier.seeded();
        String text = "Harbour tickets half price this week only";
        SpamClassifier.LearnedCounts update = new SpamClassifier.LearnedCounts(
                0, 3, Map.of("w:harbour", new long[] {0, 3}, "w:tickets", new long[] {0, 3}));

        classifier.replaceLearned(update);
        double once = classifier.spamProbability(text);
        classifier.replaceLearned(update);

        assertThat(classifier.spamProbability(text)).isEqualTo(once);
        classifier.clearLearned();
        assertThat(classifier.spamProbability(text))
                .isEqualTo(SpamClassifier.seeded().spamProbability(text));
    }

    @Test
    void scoringWhileTrainingNeitherFailsNorLeavesTheRange() throws Exception {
        SpamClassifier classifier = SpamClassifier.seeded();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> scores = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                if (n % 10 == 0) {
                    pool.submit(() -> classifier.train("moderator decision number " + n, n % 20 == 0));
                }
                scores.add(pool.submit(() -> classifier.spamProbability("great post visit my site " + n)));
            }
            for (Future<Double> score : scores) {
                assertThat(score.get()).isBetween(0.0, 1.0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(classifier.documents()[0] + classifier.documents()[1])
                .isEqualTo(LabelledComments.seed().ham().size()
                        + LabelledComments.seed().spam().size()
                        + 20);
    }
}
