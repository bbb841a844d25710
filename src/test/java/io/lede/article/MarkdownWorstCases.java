package io.lede.article;

import io.lede.comment.screening.CommentMarkdown;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times rendering of the worst Markdown inputs known, at the largest size the API accepts (an article body of
 * 500,000 characters, a comment of 5,000), after a warm-up, and prints the median of five runs of each, in CPU
 * time of the rendering thread (wall time on a shared machine mostly measures its other tenants). Run by
 * {@code bench/markdown.sh}; not a test, because timings on shared machines are noise (the API tests hold each of
 * these inputs to a generous bound instead).
 */
public final class MarkdownWorstCases {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int ARTICLE = 500_000;
    private static final int COMMENT = 5_000;

    public static void main(String[] args) {
        BodyRenderer articles = new BodyRenderer();
        System.out.printf(Locale.ROOT, "%-28s %12s %12s   (CPU ms, median of 5)%n", "input", "article", "comment");
        for (Map.Entry<String, String> input : inputs().entrySet()) {
            String unit = input.getValue();
            String article = fill(unit, ARTICLE);
            String comment = fill(unit, COMMENT);
            double articleMs = median(() -> articles.render(article));
            double commentMs = median(() -> CommentMarkdown.render(comment));
            System.out.printf(Locale.ROOT, "%-28s %12.1f %12.2f%n", input.getKey(), articleMs, commentMs);
        }
    }

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("run of <", "<");
        inputs.put("lines of <", "<\n");
        inputs.put("run of [", "[");
        inputs.put("run of ](", "](");
        inputs.put("open links [a](", "[a](");
        inputs.put("run of <!", "<!");
        inputs.put("autolinks <a:", "<a:");
        inputs.put("reference defs [a]: <", "[a]: <");
        inputs.put("emphasis *a", "*a");
        inputs.put("nested quotes >", ">");
        inputs.put("nested lists - ", "- ");
        inputs.put("entities &#", "&#");
        inputs.put("code spans `a``", "`a``");
        inputs.put("ordinary prose", "The ferry left at nine, as it always does. ");
        return inputs;
    }

    private static String fill(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static double median(Runnable render) {
        for (int i = 0; i < 3; i++) {
            render.run();
        }
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long started = CPU.getCurrentThreadCpuTime();
            render.run();
            runs[i] = (CPU.getCurrentThreadCpuTime() - started) / 1e6;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }
}
