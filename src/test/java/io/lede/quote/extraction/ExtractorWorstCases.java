package io.lede.quote.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Times the extractor on the worst inputs known ({@link PathologicalQuoteInputs}) at the largest body the API
 * accepts, in CPU time of the extracting thread, median of three runs after a warm-up. Run by
 * {@code bench/extractor.sh}; the test {@code PathologicalQuoteInputTest} holds the same inputs to a generous bound.
 */
public final class ExtractorWorstCases {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : PathologicalQuoteInputs.LARGEST_BODY;
        QuoteExtractor extractor = new QuoteExtractor();
        Map<String, String> inputs = PathologicalQuoteInputs.ofLength(length);
        inputs.values().forEach(input -> extractor.extract(input.substring(0, Math.min(input.length(), 20_000))));
        System.out.printf(
                Locale.ROOT,
                "%-32s %10s %12s   (%,d characters; CPU ms, median of 3)%n",
                "input",
                "CPU ms",
                "quotations",
                length);
        double worst = 0;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            if (args.length > 1 && !input.getKey().startsWith(args[1])) {
                continue;
            }
            double[] runs = new double[3];
            int found = 0;
            for (int i = 0; i < runs.length; i++) {
                long started = CPU.getCurrentThreadCpuTime();
                found = extractor.extract(input.getValue()).size();
                runs[i] = (CPU.getCurrentThreadCpuTime() - started) / 1e6;
            }
            Arrays.sort(runs);
            worst = Math.max(worst, runs[1]);
            System.out.printf(Locale.ROOT, "%-32s %10.1f %12d%n", input.getKey(), runs[1], found);
        }
        System.out.printf(Locale.ROOT, "worst: %.1f ms%n", worst);
    }
}
