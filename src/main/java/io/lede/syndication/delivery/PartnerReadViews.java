package io.lede.syndication.delivery;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.lede.image.ImageViews.ImageView;
import io.lede.syndication.policy.PolicyViews.PolicyRef;
import io.lede.web.HtmlSafeJson;
import io.lede.web.Paged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What partners read: only what the policy in force lets them have. */
public final class PartnerReadViews {

    private PartnerReadViews() {}

    @Schema(name = "PartnerExcerpt", description = "The excerpt the policy allows, cut on the server")
    public record ExcerptView(
            @Schema(description = "Paragraphs separated by a blank line")
            String text,

            @Schema(description = "One <p> per paragraph, escaped: safe to embed")
            String html,

            @Schema(description = "Whether the article goes on after the excerpt")
            boolean truncated,

            @Schema(
                    nullable = true,
                    enumeration = {"maxCharacters", "maxWords", "maxParagraphs", "quotationsNotAllowed"},
                    description = "Which limit cut it; null when it is not truncated")
            String reason) {}

    @Schema(name = "PartnerFullText", description = "The whole body, for a tier the policy grants it to")
    public record FullText(
            @Schema(description = "Sanitised HTML") String html,

            @Schema(description = "Plain text, paragraphs separated by a blank line")
            String text) {}

    @Schema(name = "PartnerRights", description = "Who owns it and on what terms (IPTC ninjs names where they fit)")
    public record RightsView(
            String copyrightHolder,
            @Schema(nullable = true) Integer copyrightYear,

            @Schema(description = "The copyright notice, such as “© 2026 The Calloway Ledger”")
            String notice,

            @Schema(nullable = true, description = "Usage terms for a person to read")
            String usageTerms,

            @Schema(
                    enumeration = {"usable", "embargoed", "withheld", "canceled"},
                    description = "usable: may be shown under the policy; withheld: public, but the policy"
                            + " lets this partner have none of its text (show the title and the credit"
                            + " link only); canceled: withdrawn (in a 410 tombstone); embargoed: not yet"
                            + " (such articles answer 404 until their time)")
            String status,

            @Schema(description = "Text-and-data mining reserved (TDMRep)")
            boolean tdmReserved) {}

    @Schema(name = "PartnerAttribution", description = "A ready credit, each form linking to the canonical article")
    public record AttributionView(
            String text,

            @Schema(description = "Escaped HTML with the link; safe to embed")
            String html,

            String markdown,

            @Schema(
                    description = "schema.org JSON-LD (NewsArticle or Quotation); angle brackets and ampersands are"
                            + " escaped so it can go into a JSON-LD script element of a page as it is")
            @JsonSerialize(using = HtmlSafeJson.class)
            Map<String, Object> jsonLd) {}

    @Schema(name = "PartnerAuthor")
    public record AuthorView(String slug, String name) {}

    @Schema(name = "PartnerTag")
    public record TagView(String slug, String name) {}

    @Schema(name = "PartnerArticle", description = "An article as a partner may use it")
    public record PartnerArticle(
            long id,
            String slug,
            String title,

            @Schema(nullable = true, description = "Left out under nosnippet")
            String dek,

            String language,
            Instant publishedAt,
            Instant updatedAt,

            @Schema(description = "Where every credit links")
            String canonicalUrl,

            List<AuthorView> authors,
            List<TagView> tags,

            @Schema(nullable = true, description = "Null under nosnippet")
            ExcerptView excerpt,

            @Schema(
                    nullable = true,
                    description = "The featured image as the policy lets partners show it: none (null), a thumbnail,"
                            + " or as published")
            ImageView image,

            @Schema(nullable = true, description = "Only for a tier the policy grants full text to")
            FullText body,

            RightsView rights,
            AttributionView attribution,
            PolicyRef policy) {}

    @Schema(name = "PartnerArticleSummary", description = "An article in a partner's list")
    public record PartnerArticleSummary(
            long id,
            String slug,
            String title,
            @Schema(nullable = true) String dek,
            Instant publishedAt,
            String canonicalUrl,
            List<AuthorView> authors,
            List<TagView> tags,

            @Schema(nullable = true, description = "Null under nosnippet")
            ExcerptView excerpt,

            @Schema(nullable = true, description = "The featured image as the policy lets partners show it")
            ImageView image,

            RightsView rights,
            @Schema(description = "The credit line as text") String credit,
            PolicyRef policy) {}

    @Schema(name = "PartnerArticlePage")
    public record PartnerArticlePage(
            @Schema(description = "Embargoed articles are left out, so a page may hold fewer than `limit`")
            List<PartnerArticleSummary> items,

            @Schema(nullable = true) String nextCursor)
            implements Paged {}

    @Schema(name = "PartnerSpeaker")
    public record SpeakerView(
            @Schema(nullable = true) String slug,
            @Schema(nullable = true) String name) {}

    @Schema(name = "PartnerQuoteArticle")
    public record QuoteArticle(String slug, String title, String canonicalUrl, Instant publishedAt) {}

    @Schema(name = "PartnerQuote", description = "A confirmed quotation whose article's policy lets it be syndicated")
    public record PartnerQuote(
            long id,

            @Schema(description = "The whole quotation, never cut")
            String text,

            SpeakerView speaker,
            QuoteArticle article,
            RightsView rights,
            AttributionView attribution,
            PolicyRef policy) {}

    @Schema(name = "PartnerQuotePage")
    public record PartnerQuotePage(
            @Schema(
                    description =
                            "Quotations the policy keeps back are left out, so a page may hold fewer than" + " `limit`")
            List<PartnerQuote> items,

            @Schema(nullable = true) String nextCursor)
            implements Paged {}

    @Schema(name = "Tombstone", description = "What is left of a withdrawn article")
    public record Tombstone(
            long id,
            String slug,
            String canonicalUrl,
            @Schema(enumeration = {"canceled"}) String status,
            @Schema(description = "When it was withdrawn") Instant withdrawnAt) {}
}
