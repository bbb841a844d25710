package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input the API accepts is extracted in time linear in its length. Each of these inputs, at the largest body
 * the API accepts, was slow or could be (a search per quotation through all cues, sentence searches that ran to the
 * start of a paragraph with no punctuation, patterns tried at every character). The bound is generous, in CPU time
 * of the extracting thread, because the machine is shared: bench/extractor.sh reports the real figures.
 */
class PathologicalQuoteInputTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final long BOUND_NANOS = 4_000_000_000L;
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @BeforeAll
    static void warmUp() {
        // Compiled as a server that has extracted many articles has it: each input twice at a tenth of the size.
        for (int round = 0; round < 2; round++) {
            PathologicalQuoteInputs.ofLength(200_000).values().forEach(EXTRACTOR::extract);
        }
    }

    static Iterable<Map.Entry<String, String>> inputs() {
        return PathologicalQuoteInputs.ofLength(PathologicalQuoteInputs.LARGEST_BODY)
                .entrySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theLargestBodyIsExtractedWellWithinTheBound(Map.Entry<String, String> input) {
        // The better of two runs: inside the whole suite the JIT compiler is busy with everything else, and the
        // first run of a 2 MB input may still be interpreted; quadratic work would fail both runs alike.
        long spent = Long.MAX_VALUE;
        List<ExtractedQuote> quotes = List.of();
        for (int run = 0; run < 2 && spent >= BOUND_NANOS; run++) {
            long started = CPU.getCurrentThreadCpuTime();
            quotes = EXTRACTOR.extract(input.getValue());
            spent = Math.min(spent, CPU.getCurrentThreadCpuTime() - started);
        }

        assertThat(spent).as("CPU nanoseconds for %s", input.getKey()).isLessThan(BOUND_NANOS);
        assertThat(quotes).allSatisfy(quote -> assertThat(quote.end())
                .isLessThanOrEqualTo(input.getValue().length()));
    }
}
