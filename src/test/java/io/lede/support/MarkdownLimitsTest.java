package io.lede.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownLimitsTest {

    @Test
    void ordinaryTextIsHandedOnUnchanged() {
        String prose = "A paragraph.\n\nAnother one, with *emphasis*.\n".repeat(400);
        assertThat(MarkdownLimits.bounded(prose)).isEqualTo(prose);
    }

    @Test
    void aParagraphLongerThanTheLimitIsBrokenAtLineOrWordBounds() {
        String lines = "<\n".repeat(20_000);
        String bounded = MarkdownLimits.bounded(lines);
        for (String block : bounded.split("\n\\s*\n")) {
            assertThat(block.length()).isLessThanOrEqualTo(MarkdownLimits.MAX_BLOCK_CHARS);
        }
        assertThat(bounded.replace("\n", "")).isEqualTo(lines.replace("\n", ""));

        String words = "word ".repeat(10_000);
        for (String block : MarkdownLimits.bounded(words).split("\n\n")) {
            assertThat(block.length()).isLessThanOrEqualTo(MarkdownLimits.MAX_BLOCK_CHARS);
            assertThat(block).doesNotStartWith("ord");
        }
    }

    @Test
    void oneEndlessWordIsCutHard() {
        String run = "[".repeat(50_000);
        String bounded = MarkdownLimits.bounded(run);
        assertThat(bounded.replace("\n", "")).isEqualTo(run);
        assertThat(bounded.split("\n\n"))
                .allSatisfy(block -> assertThat(block.length()).isLessThanOrEqualTo(MarkdownLimits.MAX_BLOCK_CHARS));
    }
}
