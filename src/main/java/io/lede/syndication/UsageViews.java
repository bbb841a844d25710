package io.lede.syndication;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Usage ledger bodies. */
public final class UsageViews {

    private UsageViews() {}

    @Schema(
            name = "UsageRow",
            description = "What one key fetched on one day (UTC): with no article, every request it made that day;"
                    + " with an article, the requests that delivered it and how many carried an excerpt or the full"
                    + " text")
    public record UsageRow(
            @Schema(example = "2026-11-30") LocalDate day,
            @Schema(example = "harbour-wire") String partner,
            @Schema(example = "Harbour Wire") String partnerName,
            @Schema(example = "3") long keyId,
            @Schema(example = "lede_pk_Ab12Cd") String keyPrefix,

            @Schema(nullable = true, description = "Null in the key's row for the day", example = "12")
            Long articleId,

            @Schema(nullable = true, description = "The article's slug, if it still exists", example = "tram-plan")
            String articleSlug,

            @Schema(example = "42") long requests,
            @Schema(example = "40") long excerpts,
            @Schema(example = "0") long fullTexts) {}

    @Schema(name = "UsageTotals", description = "The period's totals")
    public record UsageTotals(
            @Schema(description = "Requests made (the keys' rows for the day)", example = "120")
            long requests,

            @Schema(example = "96") long excerpts,
            @Schema(example = "0") long fullTexts) {}

    @Schema(name = "UsageReport", description = "The usage ledger for a period, oldest day first")
    public record UsageReport(
            @Schema(example = "2026-11-01") LocalDate from,
            @Schema(example = "2026-11-30") LocalDate to,
            UsageTotals totals,
            List<UsageRow> items) {}
}
