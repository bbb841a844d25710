package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on real news nobody here wrote: PolNeAR's dev split, read from {@code ../shared} at run time
 * (never copied) and skipped when it is absent. Prints what {@code ../shared/tools/quote_eval.py polnear dev}
 * prints for a server, and fails below a floor raised as the rules improve.
 */
class PolnearDevScoreTest {

    private static final Path DEV = Path.of("..", "shared", "corpora", "polnear", "dev.jsonl");
    private static final double QUOTE_F1_FLOOR = 0.915;
    private static final double QUOTE_AND_SPEAKER_F1_FLOOR = 0.80;

    @Test
    void devQuotationsAreFoundWithTheirSpeakersAboveTheFloor() {
        assumeTrue(Files.isReadable(DEV), "PolNeAR dev is not available");
        QuoteExtractor extractor = new QuoteExtractor();
        CorpusScore.Figures figures = new CorpusScore.Figures();
        for (CorpusScore.Article article : CorpusScore.read(DEV)) {
            CorpusScore.score(article, extractor.extract(article.text()), figures, null);
        }
        System.out.println("PolNeAR dev: " + figures);

        assertThat(figures.quote()[2]).as("quote F1").isGreaterThanOrEqualTo(QUOTE_F1_FLOOR);
        assertThat(figures.quoteAndSpeaker()[2])
                .as("quote+speaker F1")
                .isGreaterThanOrEqualTo(QUOTE_AND_SPEAKER_F1_FLOOR);
    }
}
