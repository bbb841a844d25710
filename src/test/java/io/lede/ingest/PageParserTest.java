package io.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageParserTest {

    static final Path SAMPLE_PAGE = Path.of("..", "shared", "seeds", "000_5a60972d88ab8de1.txt");

    private final PageParser parser = new PageParser();

    static final String TEXT_PAGE = """
            Harbour board approves new breakwater

            Share this:

            The harbour board voted on Monday to build a second breakwater off the North Pier.

            “We have waited long enough,” said Priya Natarajan, the board's chief engineer.

            Advertisement

            Work is due to start in the spring.

            © 2025 The Harbour Gazette. All rights reserved. Excerpts of up to 200 words may be republished, provided that credit is given to harbourgazette.example with a link to the original.

            4 Comments

            Leave a Reply

            Sign up for our newsletter

            This site uses Akismet to reduce spam.
            """;

    @Test
    void theFirstBlockIsTheHeadlineAndFurnitureIsRemovedWithItsReason() {
        ImportedPage page = parser.parseText(TEXT_PAGE);

        assertThat(page.title()).isEqualTo("Harbour board approves new breakwater");
        assertThat(page.paragraphs())
                .containsExactly(
                        "The harbour board voted on Monday to build a second breakwater off the North Pier.",
                        "“We have waited long enough,” said Priya Natarajan, the board's chief engineer.",
                        "Work is due to start in the spring.");
        assertThat(page.removed())
                .extracting(RemovedBlock::kind)
                .containsExactly(
                        RemovedBlock.SHARE,
                        RemovedBlock.ADVERTISEMENT,
                        RemovedBlock.RIGHTS_FOOTER,
                        RemovedBlock.COMMENT_PROMPT,
                        RemovedBlock.COMMENT_PROMPT,
                        RemovedBlock.SUBSCRIBE,
                        RemovedBlock.SPAM_NOTICE);
    }

    @Test
    void theRightsFooterGivesHolderYearCreditAndTerms() {
        RightsFooter rights = parser.parseText(TEXT_PAGE).rights();

        assertThat(rights.holder()).isEqualTo("The Harbour Gazette");
        assertThat(rights.year()).isEqualTo(2025);
        assertThat(rights.creditTo()).isEqualTo("harbourgazette.example");
        assertThat(rights.creditUrl()).isEqualTo("https://harbourgazette.example");
        assertThat(rights.excerptTerms()).startsWith("Excerpts of up to 200 words may be republished");
        assertThat(rights.excerptsAllowed()).isTrue();
        assertThat(rights.linkRequired()).isTrue();
    }

    @Test
    void anHtmlPageGivesTheSameParts() {
        String html = """
                <html><head><title>Breakwater | The Harbour Gazette</title>
                <meta property="og:title" content="Harbour board approves new breakwater">
                <link rel="canonical" href="https://harbourgazette.example/news/breakwater">
                <script>trackEverything()</script></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Harbour board approves new breakwater</h1>
                <p>The harbour board voted on <b>Monday</b> to build a second breakwater.</p>
                <div class="share">Share on Facebook Share on Twitter</div>
                <p>“We have waited long enough,” said Priya Natarajan.</p>
                <p>Leave a Reply</p></article>
                <footer><p>© 2025 The Harbour Gazette. Excerpts may be used with credit to harbourgazette.example.</p></footer>
                </body></html>
                """;

        ImportedPage page = parser.parseHtml(html);

        assertThat(page.title()).isEqualTo("Harbour board approves new breakwater");
        assertThat(page.canonicalUrl()).isEqualTo("https://harbourgazette.example/news/breakwater");
        assertThat(page.paragraphs())
                .containsExactly(
                        "The harbour board voted on Monday to build a second breakwater.",
                        "“We have waited long enough,” said Priya Natarajan.");
        assertThat(page.removed())
                .extracting(RemovedBlock::kind)
                .contains(RemovedBlock.PAGE_CHROME, RemovedBlock.COMMENT_PROMPT);
        assertThat(page.rights().holder()).isEqualTo("The Harbour Gazette");
        assertThat(page.rights().year()).isEqualTo(2025);
        assertThat(page.rights().excerptsAllowed()).isTrue();
    }

    @Test
    void aPageOfNothingButFurnitureIsUnusable() {
        assertThatThrownBy(() -> parser.parseText("Leave a Reply\n\nShare this:\n\n"))
                .isInstanceOf(UnusablePageException.class);
        assertThatThrownBy(() -> parser.parseText("  \n\n \n")).isInstanceOf(UnusablePageException.class);
        assertThatThrownBy(() -> parser.parseHtml("<html><body><script>x()</script></body></html>"))
                .isInstanceOf(UnusablePageException.class);
    }

    @Test
    void storyTextThatMentionsSharingIsKept() {
        ImportedPage page = parser.parseText("Headline\n\nShare prices fell sharply on Tuesday after the report.");

        assertThat(page.paragraphs()).containsExactly("Share prices fell sharply on Tuesday after the report.");
        assertThat(page.removed()).isEmpty();
    }

    @Test
    void theSamplePageLosesItsFurnitureAndKeepsItsRights() throws IOException {
        assumeThat(Files.exists(SAMPLE_PAGE)).as("the sample page in ../shared").isTrue();
        String text = Files.readString(SAMPLE_PAGE, StandardCharsets.UTF_8);
        String headline = text.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElseThrow()
                .strip();

        ImportedPage page = parser.parseText(text);

        assertThat(page.title()).isEqualTo(headline);
        assertThat(page.paragraphs()).noneMatch(p -> p.contains("©") || p.contains("Akismet"));
        assertThat(page.paragraphs()).doesNotContain("Be the first to comment", "Leave a Reply");
        assertThat(page.removed())
                .extracting(RemovedBlock::kind)
                .containsExactly(
                        RemovedBlock.RIGHTS_FOOTER,
                        RemovedBlock.COMMENT_PROMPT,
                        RemovedBlock.COMMENT_PROMPT,
                        RemovedBlock.SPAM_NOTICE);
        assertThat(page.rights().holder()).isEqualTo("GDC");
        assertThat(page.rights().year()).isEqualTo(2020);
        assertThat(page.rights().creditTo()).isEqualTo("www.globaldefensecorp.com");
        assertThat(page.rights().excerptsAllowed()).isTrue();
        assertThat(page.rights().linkRequired()).isTrue();
        assertThat(page.paragraphs()).hasSize(countStoryParagraphs(text));
    }

    /** Every non-blank line between the headline and the footer is a paragraph of the sample page. */
    private static int countStoryParagraphs(String text) {
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        int footer = 0;
        while (!lines.get(footer).startsWith("©")) {
            footer++;
        }
        return footer - 1;
    }
}
