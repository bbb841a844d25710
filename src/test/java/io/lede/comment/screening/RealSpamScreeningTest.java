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

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.0);
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

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.0);
    }
}
