package io.lede.ingest;

import io.lede.article.ArticleViews.StaffArticleView;
import io.lede.quote.QuoteViews.StaffQuoteView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import made of a page: the draft and its quotations, the furniture taken out, the rights in its footer. */
@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(description = "The draft article made from the page")
        StaffArticleView article,

        @Schema(description = "The quotations found in it, in reading order")
        List<StaffQuoteView> quotes,

        @Schema(description = "Blocks of page furniture that are not part of the body, with why")
        List<RemovedBlock> removed,

        @Schema(nullable = true, description = "What the page's copyright footer says")
        RightsFooter rights,

        @Schema(description = "True when this page was imported before and no new article was made")
        boolean duplicate) {}
