package io.lede.quote.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link QuoteExtractor} on one thread over the gold-set articles and, when {@code ../shared} is there, over
 * the PolNeAR train texts, after a warm-up, and prints articles per second. Run by {@code bench/extractor.sh}; not
 * a test, because timings on shared machines are noise.
 */
public final class ExtractorThroughput {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static final Path POLNEAR_TRAIN = Path.of("..", "shared", "corpora", "polnear", "train.jsonl");

    public static void main(String[] args) throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        measure(
                "gold set",
                extractor,
                GoldSet.articles().stream().map(GoldSet.Article::text).toList());
        if (Files.isReadable(POLNEAR_TRAIN)) {
            measure("PolNeAR train", extractor, texts(POLNEAR_TRAIN));
        } else {
            System.out.println("PolNeAR train: skipped, " + POLNEAR_TRAIN + " is not there");
        }
    }

    private static void measure(String name, QuoteExtractor extractor, List<String> articles) {
        run(extractor, articles, WARM_UP_NANOS);
        long started = System.nanoTime();
        Result result = run(extractor, articles, MEASURE_NANOS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d articles (%d quotations) in %.2f s on one thread: %.0f articles/s, %.1f µs per article%n",
                name,
                result.articles(),
                result.quotations(),
                seconds,
                result.articles() / seconds,
                seconds * 1e6 / result.articles());
    }

    static List<String> texts(Path jsonLines) {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonLines)) {
                JsonNode article = json.readTree(line);
                texts.add(article.get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
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
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
        return new Result(done, quotations);
    }
}
