package io.lede.quote.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Times {@link QuoteExtractor} on one thread over the gold-set articles, after a warm-up, and prints articles per
 * second. Run by {@code bench/extractor.sh}; not a test, because timings on shared machines are noise.
 */
public final class ExtractorThroughput {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    public static void main(String[] args) {
        List<String> articles =
                GoldSet.articles().stream().map(GoldSet.Article::text).toList();
        QuoteExtractor extractor = new QuoteExtractor();
        run(extractor, articles, WARM_UP_NANOS);
        long started = System.nanoTime();
        Result result = run(extractor, articles, MEASURE_NANOS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d articles (%d quotations) in %.2f s on one thread: %.0f articles/s, %.1f µs per article%n",
                result.articles(),
                result.quotations(),
                seconds,
                result.articles() / seconds,
                seconds * 1e6 / result.articles());
    }

    private record Result(long articles, long quotations) {}

    private static Result run(QuoteExtractor extractor, List<String> articles, long nanos) {
        long deadline = System.nanoTime() + nanos;
        long done = 0;
        long quotations = 0;
        while (System.nanoTime() < deadline) {
            for (String article : articles) {
                quotations += extractor.extract(article).size();
                done++;
            }
        }
        return new Result(done, quotations);
    }
}
