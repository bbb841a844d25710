package io.lede.quote.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the calibration table of the extractor's confidence on a corpus split (by default PolNeAR train): for each
 * confidence bin, how many quotations with a named speaker fell in it and how many of those had quotation and speaker
 * right, then the same for everything at or above the auto-confirm threshold. A program, not a test: run it with the
 * test classpath while working on the confidence rules.
 */
public final class Calibration {

    private static final double[] BINS = {0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001};

    private Calibration() {}

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "train";
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
        QuoteExtractor extractor = new QuoteExtractor();
        CorpusScore.Figures figures = new CorpusScore.Figures();
        for (CorpusScore.Article article :
                CorpusScore.read(Path.of("..", "shared", "corpora", "polnear", split + ".jsonl"))) {
            CorpusScore.score(article, extractor.extract(article.text()), figures, null);
        }
        System.out.println(table(figures.outcomes, threshold));
    }

    static String table(List<CorpusScore.Outcome> outcomes, double threshold) {
        StringBuilder out =
                new StringBuilder("| confidence | quotations | right | observed precision |\n|---|---|---|---|\n");
        for (int b = 0; b + 1 < BINS.length; b++) {
            double low = BINS[b];
            double high = BINS[b + 1];
            long n = outcomes.stream()
                    .filter(o -> o.confidence() >= low && o.confidence() < high)
                    .count();
            long right = outcomes.stream()
                    .filter(o -> o.confidence() >= low && o.confidence() < high && o.right())
                    .count();
            out.append(String.format(
                    Locale.ROOT,
                    "| %.2f–%.2f | %d | %d | %s |%n",
                    low,
                    Math.min(high, 1.0),
                    n,
                    right,
                    n == 0 ? "–" : String.format(Locale.ROOT, "%.3f", right / (double) n)));
        }
        long n = outcomes.stream().filter(o -> o.confidence() >= threshold).count();
        long right = outcomes.stream()
                .filter(o -> o.confidence() >= threshold && o.right())
                .count();
        out.append(String.format(
                Locale.ROOT,
                "| ≥ %.2f (auto-confirmed) | %d | %d | %.3f |%n",
                threshold,
                n,
                right,
                n == 0 ? 0 : right / (double) n));
        return out.toString();
    }
}
