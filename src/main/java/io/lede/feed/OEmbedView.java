package io.lede.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An oEmbed 1.0 {@code rich} answer: a blockquote to embed, with its size and who made it. */
@Schema(name = "OEmbed", description = "An oEmbed 1.0 rich embed (https://oembed.com)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OEmbedView(
        @Schema(enumeration = {"rich"}) String type,
        @Schema(enumeration = {"1.0"}) String version,
        String title,

        @JsonProperty("author_name") @Schema(nullable = true)
        String authorName,

        @JsonProperty("author_url") @Schema(nullable = true) String authorUrl,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl,

        @JsonProperty("cache_age") @Schema(description = "Seconds a consumer may keep this answer")
        int cacheAge,

        @Schema(
                description = "A blockquote of the excerpt (or the quotation with its speaker), the credit and the"
                        + " link to the original; every value escaped, no script")
        String html,

        @Schema(description = "CSS pixels, at most maxwidth")
        int width,

        @Schema(description = "CSS pixels, at most maxheight; an estimate for the text at that width")
        int height) {}
