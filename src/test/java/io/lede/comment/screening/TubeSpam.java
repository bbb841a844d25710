package io.lede.comment.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real labelled comments in {@code ../shared/corpora/tubespam/train.jsonl}, read at run time and never copied:
 * tests that use them skip when the file is absent (a fresh clone has no {@code ../shared}).
 */
public final class TubeSpam {

    public static final Path TRAIN = Path.of("..", "shared", "corpora", "tubespam", "train.jsonl");

    /** One labelled comment; {@code video} groups comments as an article groups them here. */
    public record Labelled(String id, String video, String body, boolean spam) {}

    private TubeSpam() {}

    public static boolean present() {
        return Files.isReadable(TRAIN);
    }

    public static List<Labelled> train() {
        ObjectMapper json = new ObjectMapper();
        try (var lines = Files.lines(TRAIN)) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> {
                        try {
                            var node = json.readTree(line);
                            return new Labelled(
                                    node.get("id").asText(),
                                    node.get("video").asText(),
                                    node.get("body").asText(),
                                    node.get("spam").asBoolean());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fifth held back from learning: every fifth comment, so each video is represented. */
    public static boolean heldBack(int index) {
        return index % 5 == 4;
    }

    /** Counts of a status-spam verdict against the labels, and the figures the evaluation reports. */
    public static final class Score {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;

        public void add(boolean spam, boolean calledSpam) {
            if (spam && calledSpam) {
                truePositives++;
            } else if (calledSpam) {
                falsePositives++;
            } else if (spam) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }

        public double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double falsePositiveRate() {
            return falsePositives / (double) Math.max(1, falsePositives + trueNegatives);
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.3f, recall %.3f, F1 %.3f, ham false-positive rate %.3f (tp %d, fp %d, fn %d, tn %d)",
                    precision(),
                    recall(),
                    f1(),
                    falsePositiveRate(),
                    truePositives,
                    falsePositives,
                    falseNegatives,
                    trueNegatives);
        }
    }
}
