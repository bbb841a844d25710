package io.lede.quote.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on a real, copyrighted news page kept outside the repository. The page is read at run time
 * and never copied: assertions name people, roles and short fragments only.
 */
class SamplePageTest {

    private static final Path PAGE = Path.of("..", "shared", "seeds", "000_5a60972d88ab8de1.txt");
    private static final String ADVISER = "Hikmet Hajiyev";
    private static final String ADVISER_ROLE = "foreign policy adviser to the president of Azerbaijan";

    private static String body;
    private static List<ExtractedQuote> quotes;

    @BeforeAll
    static void extractFromThePage() throws IOException {
        assumeTrue(Files.isReadable(PAGE), "the sample page is not available");
        body = bodyAsTheImporterLeavesIt(Files.readString(PAGE));
        quotes = new QuoteExtractor().extract(body);
    }

    /** The importer drops the headline (first line) and everything from the copyright line on. */
    static String bodyAsTheImporterLeavesIt(String page) {
        String withoutHeadline = page.substring(page.indexOf('\n') + 1);
        int copyright = withoutHeadline.indexOf("\n©");
        return (copyright < 0 ? withoutHeadline : withoutHeadline.substring(0, copyright)).strip();
    }

    @Test
    void sevenQuotationsGoToTheAdviserWithHisRole() {
        // Quotations are the words in quotation marks; reported speech without them (INDIRECT) is not counted.
        List<ExtractedQuote> spoken = quotes.stream()
                .filter(quote -> quote.kind() != QuoteKind.INDIRECT)
                .toList();
        assertThat(spoken).hasSize(7);
        assertThat(spoken).allSatisfy(quote -> {
            assertThat(quote.speaker()).isNotNull();
            assertThat(quote.speaker().name()).isEqualTo(ADVISER);
            assertThat(quote.speaker().role()).isEqualTo(ADVISER_ROLE);
        });
    }

    @Test
    void theQuotationIntroducedByHeToldMeGoesToTheAdviserNotThePresident() {
        ExtractedQuote toldMe = quotes.stream()
                .filter(quote -> quote.kind() != QuoteKind.INDIRECT)
                .filter(quote -> "told".equals(quote.cue()) && "he".equals(mentionText(quote)))
                .findFirst()
                .orElseThrow();
        assertThat(body).contains("Ilham Aliyev");
        assertThat(toldMe.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(toldMe.speaker().name()).isEqualTo(ADVISER);
    }

    @Test
    void theThreeSentenceQuotationWithNoCueGoesToTheAdviser() {
        ExtractedQuote floating =
                quotes.stream().filter(quote -> quote.cue() == null).findFirst().orElseThrow();
        assertThat(floating.text().split("(?<=[.!?])\\s+(?=\\p{Lu})")).hasSize(3);
        assertThat(floating.speaker().name()).isEqualTo(ADVISER);
    }

    @Test
    void scareQuotesAndTheNicknameAreNotQuotations() {
        assertThat(quotes).extracting(ExtractedQuote::text).doesNotContain("kamikaze drones", "air train", "kamikaze");
    }

    @Test
    void offsetsPointAtTheQuotedWords() {
        assertThat(quotes).allSatisfy(quote -> assertThat(CodePoints.slice(body, quote.start(), quote.end()))
                .isEqualTo(quote.text()));
    }

    private static String mentionText(ExtractedQuote quote) {
        return quote.mention() == null ? null : quote.mention().text();
    }
}
