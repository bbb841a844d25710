package io.lede.search;

import io.lede.web.Paged;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of search. */
public final class SearchViews {

    private SearchViews() {}

    @Schema(name = "SearchHighlight", description = "Where the words matched")
    public record Highlight(
            @Schema(
                    description =
                            "A snippet as HTML: escaped text with matched words in `<mark>` elements, nothing else")
            String html,

            @Schema(description = "The same snippet as plain text")
            String text) {}

    @Schema(name = "SearchArticleRef", description = "The article a quotation is in")
    public record ArticleRef(long id, String slug, String title) {}

    @Schema(name = "SearchSpeakerRef", description = "Who said it")
    public record SpeakerRef(String slug, String name) {}

    @Schema(name = "SearchHit", description = "A published article, a public quotation or a public person")
    public record SearchHit(
            @Schema(enumeration = {"article", "quote", "person"})
            String type,

            @Schema(description = "The article's, quotation's or person's id")
            long id,

            @Schema(description = "The article's or person's slug; null for a quotation", nullable = true)
            String slug,

            @Schema(description = "The article's title, the person's name or the quotation's words")
            String title,

            @Schema(description = "When the article (or the quotation's article) was published", nullable = true)
            Instant publishedAt,

            @Schema(description = "A quotation's article", nullable = true)
            ArticleRef article,

            @Schema(description = "A quotation's speaker", nullable = true)
            SpeakerRef speaker,

            @Schema(description = "Relevance: higher is better; only comparable within one search")
            double score,

            Highlight highlight) {}

    @Schema(name = "SearchPage")
    public record SearchPage(
            List<SearchHit> items,

            @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true)
            String nextCursor,

            @Schema(
                    description = "When nothing matched: the name of a person or tag spelled like the query",
                    nullable = true)
            String didYouMean)
            implements Paged {}
}
