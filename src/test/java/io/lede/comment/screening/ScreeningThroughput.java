package io.lede.comment.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of screening one comment the way a post is screened: every rule, with the classifier as seeded and 500
 * recent comments to compare with (the most {@code RecentComments} hands over), plus the one fingerprint each
 * comment costs when it becomes a recent comment itself. Over the real comments of {@code ../shared} when they are
 * there (never copied), otherwise over the seed's texts; one thread, after a warm-up; median of five rounds. Run by
 * {@code bench/screening.sh}; not a test, because timings on shared machines are noise.
 */
public final class ScreeningThroughput {

    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int RECENT = 500;

    public static void main(String[] args) {
        List<String> texts = texts();
        Screening screening = new Screening(ScreeningPolicy.defaults(), SpamClassifier.seeded());
        List<TextFingerprint> recent = new ArrayList<>(RECENT);
        for (int i = 0; i < RECENT; i++) {
            recent.add(screening.fingerprint(texts.get((i * 7) % texts.size())));
        }
        List<CommentSubmission> submissions = texts.stream()
                .map(text -> new CommentSubmission(text, "A reader", null, null, false, recent))
                .toList();
        long spam = submissions.stream()
                .filter(submission -> screening.screen(submission).status() == ScreeningStatus.SPAM)
                .count();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(screening, submissions, WARM_UP_NANOS);
        double[] micros = new double[5];
        for (int round = 0; round < micros.length; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long done = run(screening, submissions, ROUND_NANOS);
            micros[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / done;
        }
        java.util.Arrays.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "screening %d %s comments against %d recent: %.1f µs of CPU per comment (median of 5 rounds;"
                        + " %.1f–%.1f); %d of them spam%n",
                texts.size(),
                TubeSpam.present() ? "real" : "seed",
                RECENT,
                micros[2],
                micros[0],
                micros[4],
                spam);
    }

    private static List<String> texts() {
        if (TubeSpam.present()) {
            return TubeSpam.train().stream().map(TubeSpam.Labelled::body).toList();
        }
        LabelledComments seed = LabelledComments.seed();
        List<String> texts = new ArrayList<>(seed.ham());
        texts.addAll(seed.spam());
        return texts;
    }

    /** Screens comments until the time is up; how many it screened. */
    private static long run(Screening screening, List<CommentSubmission> submissions, long nanos) {
        long deadline = System.nanoTime() + nanos;
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (CommentSubmission submission : submissions) {
                screening.screen(submission);
                screening.fingerprint(submission.body());
                done++;
            }
        }
        return done;
    }
}
