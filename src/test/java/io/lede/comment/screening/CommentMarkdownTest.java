package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommentMarkdownTest {

    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]*\\son[a-z]+\\s*=");
    private static final Pattern DANGEROUS_URL =
            Pattern.compile("(?i)^[\\s\\p{Cntrl}]*(javascript|vbscript|data)\\s*:");
    private static final List<String> ALLOWED_TAGS =
            List.of("body", "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a");
    private static final List<String> FORBIDDEN_TAGS = List.of(
            "<script", "<img", "<iframe", "<object", "<embed", "<style", "<svg", "<math", "<form", "<input", "<link",
            "<meta", "<base", "<video", "<audio", "<h1", "<h2", "<table", "<div", "<span");

    /** Written for this test in the spirit of the OWASP XSS filter-evasion cheat sheet. */
    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
                "<ScRiPt>alert('mixed case')</sCrIpT>",
                "<script/xss src=\"https://evil.example/a.js\"></script>",
                "<<script>alert(1);//<</script>",
                "<script\n>alert(1)</script\n>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<img src=`javascript:alert(1)`>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<img src=# onmouseover=\"alert('x')\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg/onload=alert(1)//",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"width: expression(alert(1));\">styled</div>",
                "<p style=\"background-image:url('javascript:alert(1)')\">bg</p>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">hex</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
                "<a href=\" javascript:alert(1)\">space</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
                "<a href=\"vbscript:msgbox(1)\">vb</a>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">handler</a>",
                "<a href=\"https://ok.example\" target=\"_blank\" rel=\"opener\">target</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<video><source onerror=\"alert(1)\"></video>",
                "<details open ontoggle=alert(1)>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "\"><script>alert(1)</script>",
                "<a href=\"https://ok.example\">unclosed",
                "[x](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6a;avascript&colon;alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x]( javascript:alert(1) )",
                "[x](<javascript:alert(1)>)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "[x](https://ok.example \"title\" onmouseover=\"alert(1)\")",
                "[x](https://ok.example\" onmouseover=\"alert(1))",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "<javascript:alert(1)>",
                "![x](x\" onerror=\"alert(1))",
                "![x](javascript:alert(1))",
                "![alt](https://evil.example/pixel.gif)",
                "[![x](https://evil.example/i.png)](javascript:alert(1))",
                "![<img src=x onerror=alert(1)>](https://evil.example/x.png)",
                "[<img src=x onerror=alert(1)>](https://ok.example)",
                "# <script>alert(1)</script>",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "    <iframe src=javascript:alert(1)>",
                "> <svg onload=alert(1)>",
                "* <a href=javascript:alert(1)>list</a>",
                "**<img src=x onerror=alert(1)>**",
                "_[x](javascript:alert(1))_");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesAsActiveContent(String payload) {
        String html = CommentMarkdown.render(payload);

        // Escaped payloads may still show as text ("&lt;script&gt;"); only real tags and attributes can run.
        assertThat(FORBIDDEN_TAGS)
                .allSatisfy(tag -> assertThat(html.toLowerCase()).doesNotContain(tag));
        assertThat(EVENT_HANDLER.matcher(html).find()).as(html).isFalse();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).as(html).isIn(ALLOWED_TAGS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).isIn("href", "rel", "start");
                assertThat(DANGEROUS_URL.matcher(attribute.getValue()).find())
                        .as(html)
                        .isFalse();
            }
        }
        for (Element link : Jsoup.parseBodyFragment(html).select("a")) {
            assertThat(link.attr("href")).as(html).matches("(?i)(https?|mailto):.*");
            assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
        }
    }

    @Test
    void allowedMarkdownComesOutAsItsHtml() {
        String html = CommentMarkdown.render(
                "Some *emphasis*, **strong** and `code`.\nNext line  \nhard break.\n\n> quoted\n\n- one\n- two\n\n"
                        + "3. three\n4. four\n\n```\nblock\n```");

        assertThat(html)
                .contains("<em>emphasis</em>", "<strong>strong</strong>", "<code>code</code>", "<br>")
                .contains("<blockquote>", "<ul>", "<li>one</li>", "<ol start=\"3\">", "<pre><code>block");
    }

    @Test
    void everyLinkGetsNofollowUgcAndNoTarget() {
        String html = CommentMarkdown.render(
                "[site](https://example.org/a) and [mail](mailto:desk@example.org) and <https://example.org/b>");

        assertThat(Jsoup.parseBodyFragment(html).select("a")).hasSize(3).allSatisfy(link -> assertThat(link.attr("rel"))
                .isEqualTo("nofollow ugc"));
        assertThat(html).doesNotContain("target");
    }

    @Test
    void relativeAndUnsafeLinksKeepTheirTextButLoseTheLink() {
        String html = CommentMarkdown.render("[home](/about) and [bad](javascript:alert(1))");

        assertThat(html).isEqualTo("<p>home and bad</p>");
    }

    @Test
    void headingMarksStayAsTextInAParagraph() {
        assertThat(CommentMarkdown.render("# Shouting")).isEqualTo("<p># Shouting</p>");
    }

    @Test
    void imagesBecomeTheirAltText() {
        assertThat(CommentMarkdown.render("See ![the harbour at dusk](https://example.org/h.jpg)."))
                .isEqualTo("<p>See the harbour at dusk.</p>");
    }

    @Test
    void rawHtmlIsShownAsTextNotObeyed() {
        assertThat(CommentMarkdown.render("I <b>love</b> it")).isEqualTo("<p>I &lt;b&gt;love&lt;/b&gt; it</p>");
    }

    @Test
    void plainTextKeepsTheWordsAndSeparatesBlocks() {
        String text = CommentMarkdown.plainText("Read **this** [story](https://example.org).\n\n- a\n- b\n\n<i>x</i>");

        assertThat(text).isEqualTo("Read this story.\n\na\n\nb\n\n<i>x</i>");
    }

    @Test
    void nullAndBlankRenderAsNothing() {
        assertThat(CommentMarkdown.render(null)).isEmpty();
        assertThat(CommentMarkdown.plainText("   ")).isEmpty();
    }
}
