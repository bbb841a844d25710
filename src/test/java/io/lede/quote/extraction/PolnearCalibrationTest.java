package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The confidence means what it says: on PolNeAR train (read from {@code ../shared}, skipped when absent), the
 * quotations with a named speaker at or above the default auto-confirm threshold (0.9) have quotation and speaker
 * right at least 90% of the time. Prints the calibration table.
 */
class PolnearCalibrationTest {

    private static final Path TRAIN = Path.of("..", "shared", "corpora", "polnear", "train.jsonl");

    @Test
    void quotationsAboveTheAutoConfirmThresholdAreRightNineTimesInTen() {
        assumeTrue(Files.isReadable(TRAIN), "PolNeAR train is not available");
        QuoteExtractor extractor = new QuoteExtractor();
        CorpusScore.Figures figures = new CorpusScore.Figures();
        for (CorpusScore.Article article : CorpusScore.read(TRAIN)) {
            CorpusScore.score(article, extractor.extract(article.text()), figures, null);
        }
        System.out.println(Calibration.table(figures.outcomes, 0.9));

        long confirmed =
                figures.outcomes.stream().filter(o -> o.confidence() >= 0.9).count();
        long right = figures.outcomes.stream()
                .filter(o -> o.confidence() >= 0.9 && o.right())
                .count();
        assertThat(confirmed).isGreaterThan(1000);
        assertThat(right / (double) confirmed).as("precision at 0.9").isGreaterThanOrEqualTo(0.9);
    }
}
