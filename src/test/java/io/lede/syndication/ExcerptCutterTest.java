package io.lede.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import io.lede.syndication.excerpt.Excerpt;
import io.lede.syndication.excerpt.ExcerptCutter;
import io.lede.syndication.excerpt.ExcerptLimits;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExcerptCutterTest {

    private static final String STORY = "The council met on Tuesday. It voted 31 to 14 for the tram.\n\n"
            + "Work starts in spring. The line opens in 2029.\n\n"
            + "A third paragraph closes the story.";

    private static Excerpt cut(String text, Integer chars, Integer words, Integer paragraphs, boolean sentence) {
        return ExcerptCutter.cut(text, new ExcerptLimits(chars, words, paragraphs, sentence, false), Locale.ENGLISH);
    }

    @Test
    void aTextWithinEveryLimitIsWholeAndNotTruncated() {
        Excerpt excerpt = cut(STORY, 1000, 1000, 10, true);
        assertThat(excerpt.text()).isEqualTo(STORY);
        assertThat(excerpt.truncated()).isFalse();
        assertThat(excerpt.reason()).isNull();
    }

    @Test
    void maxParagraphsKeepsWholeParagraphs() {
        Excerpt excerpt = cut(STORY, null, null, 2, true);
        assertThat(excerpt.paragraphs()).hasSize(2);
        assertThat(excerpt.text()).endsWith("The line opens in 2029.");
        assertThat(excerpt.truncated()).isTrue();
        assertThat(excerpt.reason()).isEqualTo(Excerpt.MAX_PARAGRAPHS);
    }

    @Test
    void maxCharactersCutsAtTheLastWholeSentence() {
        Excerpt excerpt = cut(STORY, 40, null, null, true);
        assertThat(excerpt.text()).isEqualTo("The council met on Tuesday.");
        assertThat(excerpt.truncated()).isTrue();
        assertThat(excerpt.reason()).isEqualTo(Excerpt.MAX_CHARACTERS);
    }

    @Test
    void maxWordsCutsAtAWordEndWhenSentencesAreNotRequired() {
        Excerpt excerpt = cut(STORY, null, 7, null, false);
        assertThat(excerpt.text()).isEqualTo("The council met on Tuesday. It voted…");
        assertThat(excerpt.reason()).isEqualTo(Excerpt.MAX_WORDS);
    }

    @Test
    void multibyteTextIsCountedInCodePointsAndNeverSplit() {
        String text = "Café 🎉🎉 naïve façade. Ünïcödé 😀 rocks ok.";
        // The first sentence is 22 code points but 24 UTF-16 units.
        Excerpt excerpt = cut(text, 22, null, null, true);
        assertThat(excerpt.text()).isEqualTo("Café 🎉🎉 naïve façade.");
        Excerpt words = cut(text, 9, null, null, false);
        assertThat(words.text()).isEqualTo("Café 🎉🎉…");
        assertThat(words.text().codePointCount(0, words.text().length())).isLessThanOrEqualTo(9);
        assertThat(Character.isHighSurrogate(words.text().charAt(words.text().length() - 2)))
                .isFalse();
    }

    @Test
    void aQuotationIsNeverCutInHalf() {
        String text = "She spoke first. “We will build it. We will open it. We will run it,” said the mayor. Then"
                + " everyone left.";
        for (int limit = 17; limit < 85; limit++) {
            Excerpt excerpt = cut(text, limit, null, null, true);
            long opens = excerpt.text().chars().filter(c -> c == '“').count();
            long closes = excerpt.text().chars().filter(c -> c == '”').count();
            assertThat(opens).as("limit %d: %s", limit, excerpt.text()).isEqualTo(closes);
        }
        assertThat(cut(text, 60, null, null, true).text()).isEqualTo("She spoke first.");
        Excerpt words = cut(text, 60, null, null, false);
        assertThat(words.text()).doesNotContain("“");
    }

    @Test
    void straightQuotesAreBalancedToo() {
        String text = "He said \"this is one. And two.\" Then he left. Fine.";
        Excerpt excerpt = cut(text, 30, null, null, false);
        assertThat(excerpt.text()).isEqualTo("He said…");
    }

    @Test
    void whenNoSentenceFitsTheCutFallsBackToWholeWords() {
        Excerpt excerpt = cut("A very long opening sentence that goes on and on without a stop.", 20, null, null, true);
        assertThat(excerpt.text()).isEqualTo("A very long opening…");
        assertThat(excerpt.truncated()).isTrue();
    }

    @Test
    void quotationsNotAllowedStopsBeforeTheFirstQuotation() {
        String text = "The vote was close. “It was a good day,” she said.";
        Excerpt excerpt = ExcerptCutter.cut(text, new ExcerptLimits(null, null, null, true, true), Locale.ENGLISH);
        assertThat(excerpt.text()).isEqualTo("The vote was close.");
        assertThat(excerpt.reason()).isEqualTo(Excerpt.QUOTATIONS);
    }

    @Test
    void htmlIsEscapedParagraphs() {
        Excerpt excerpt = cut("Fish & <chips>.\n\nSecond.", null, null, null, true);
        assertThat(excerpt.html()).isEqualTo("<p>Fish &amp; &lt;chips&gt;.</p>\n<p>Second.</p>");
    }
}
