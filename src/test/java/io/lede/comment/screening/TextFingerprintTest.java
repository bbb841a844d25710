package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static TextFingerprint of(String text) {
        return TextFingerprint.of(text, 3);
    }

    @Test
    void similarityIsTheJaccardIndexOfWordShingles() {
        // {one two three, two three four, three four five} against {one two three, two three four, three four six}
        assertThat(of("one two three four five").similarity(of("one two three four six")))
                .isCloseTo(2 / 4.0, within(1e-9));
        assertThat(of("one two three four five").similarity(of("six seven eight nine ten")))
                .isZero();
    }

    @Test
    void aRepeatedShingleCountsOnce() {
        assertThat(of("la la la la la").similarity(of("la la la"))).isEqualTo(1.0);
    }

    @Test
    void caseSpacingAndPunctuationDoNotMakeADifferentText() {
        TextFingerprint plain = of("The ferry was late again");

        assertThat(of("  THE ferry,\n was late...   again!").sameWords(plain)).isTrue();
        assertThat(of("The ferry was late again").similarity(plain)).isEqualTo(1.0);
        assertThat(of("The ferry was early again").sameWords(plain)).isFalse();
        assertThat(plain.wordCount()).isEqualTo(5);
    }

    @Test
    void wordOrderMatters() {
        assertThat(of("again late was ferry the").sameWords(of("the ferry was late again")))
                .isFalse();
    }

    @Test
    void aPairTooDifferentInLengthForTheThresholdIsNotCompared() {
        TextFingerprint five = of("one two three four five"); // 3 shingles
        TextFingerprint long_ = of("one two three four five six seven eight nine ten"); // 8 shingles

        // At most 3/8 alike: below one half it is known without comparing, at or under 3/8 it is the Jaccard index.
        assertThat(five.similarityIfAtLeast(long_, 0.5)).isLessThan(0.5);
        assertThat(five.similarityIfAtLeast(long_, 0.375))
                .isEqualTo(five.similarity(long_))
                .isEqualTo(3 / 8.0);
        assertThat(five.similarityIfAtLeast(of("one two three four six"), 0.5)).isEqualTo(0.5);
    }
}
