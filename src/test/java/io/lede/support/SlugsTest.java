package io.lede.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titlesInAnyScriptAreTransliterated() {
        assertThat(Slugs.fromTitle("Straße am Hafen", "article")).isEqualTo("strasse-am-hafen");
        assertThat(Slugs.fromTitle("Łódź łączy porty", "article")).isEqualTo("lodz-laczy-porty");
        assertThat(Slugs.fromTitle("Αθήνα και Πειραιάς", "article")).isEqualTo("athina-kai-peiraias");
        assertThat(Slugs.fromTitle("北京 港口", "article"))
                .matches("[a-z]+(-[a-z]+)*")
                .isNotEqualTo("article");
        assertThat(Slugs.fromTitle("Café crème", "article")).isEqualTo("cafe-creme");
    }

    @Test
    void aTitleWithNothingToKeepFallsBack() {
        assertThat(Slugs.fromTitle("!!! ???", "article")).isEqualTo("article");
        assertThat(Slugs.fromTitle("2026", "article")).isEqualTo("article");
    }

    @Test
    void aNumberedSlugNeverExceedsTheLimit() {
        String base = Slugs.fromTitle("word ".repeat(60), "article");
        assertThat(base).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        String numbered = Slugs.unique(base, candidate -> candidate.equals(base));
        assertThat(numbered)
                .endsWith("-2")
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .matches(Slugs.PATTERN);
    }
}
