package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the gold set: quotation spans matched by text (whitespace collapsed, a trailing comma
 * inside the marks ignored), then spans with the right speaker. Direct and mixed quotations only; indirect speech is
 * not scored.
 */
class GoldSetScoreTest {

    private static final double PRECISION_FLOOR = 0.90;
    private static final double RECALL_FLOOR = 0.85;

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void directAndMixedQuotationsAreFoundWithTheirSpeakers() {
        Score spans = new Score();
        Score withSpeaker = new Score();
        List<String> misses = new ArrayList<>();
        for (GoldSet.Article article : GoldSet.articles()) {
            List<ExtractedQuote> found = extractor.extract(article.text()).stream()
                    .filter(quote -> quote.kind() != QuoteKind.INDIRECT)
                    .toList();
            List<GoldSet.Quote> expected = new ArrayList<>(article.quotes());
            spans.found += found.size();
            withSpeaker.found += found.size();
            spans.expected += expected.size();
            withSpeaker.expected += expected.size();
            for (ExtractedQuote quote : found) {
                GoldSet.Quote match = expected.stream()
                        .filter(gold -> normalised(gold.text()).equals(normalised(quote.text())))
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    misses.add(article.id() + ": not a gold quotation: " + quote.text());
                    continue;
                }
                expected.remove(match);
                spans.right++;
                String speaker =
                        quote.speaker() == null ? null : quote.speaker().name();
                if (Objects.equals(speaker, match.speaker())) {
                    withSpeaker.right++;
                } else {
                    misses.add(article.id() + ": speaker " + speaker + " instead of " + match.speaker() + ": "
                            + quote.text());
                }
            }
            expected.forEach(gold -> misses.add(article.id() + ": missed: " + gold.text()));
        }
        System.out.println("quote spans " + spans + "; with speaker " + withSpeaker);
        misses.forEach(miss -> System.out.println("  " + miss));

        assertThat(withSpeaker.precision()).as("precision with speaker").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(withSpeaker.recall()).as("recall with speaker").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void noArticleYieldsAQuotationItsGoldSetCallsATermOrTitle() {
        for (GoldSet.Article article : GoldSet.articles()) {
            if (article.notQuotes().isEmpty()) {
                continue;
            }
            List<String> found = extractor.extract(article.text()).stream()
                    .map(quote -> normalised(quote.text()))
                    .toList();
            assertThat(found)
                    .as(article.id())
                    .doesNotContainAnyElementsOf(article.notQuotes().stream()
                            .map(GoldSetScoreTest::normalised)
                            .toList());
        }
    }

    @Test
    void everyGoldArticleIsOriginalShortNews() {
        assertThat(GoldSet.articles()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(article -> assertThat(
                        article.text().split("\\s+").length)
                .as(article.id())
                .isBetween(120, 300));
    }

    static String normalised(String quoted) {
        return quoted.strip().replaceAll("\\s+", " ").replaceAll(",$", "");
    }

    private static final class Score {
        int found;
        int expected;
        int right;

        double precision() {
            return found == 0 ? 1 : right / (double) found;
        }

        double recall() {
            return expected == 0 ? 1 : right / (double) expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "P=%.2f R=%.2f F1=%.2f (%d of %d found, %d expected)",
                    precision(),
                    recall(),
                    f1(),
                    right,
                    found,
                    expected);
        }
    }
}
