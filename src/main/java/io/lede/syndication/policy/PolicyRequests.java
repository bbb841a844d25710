package io.lede.syndication.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies for rights policies. */
public final class PolicyRequests {

    private PolicyRequests() {}

    static final String TIER = "^[a-z][a-z0-9-]{0,39}$";

    @Schema(
            name = "PolicyInput",
            description = "A rights policy's terms. A field left out takes the publisher default's terms as they are"
                    + " at the time; an update replaces every term and makes a new version.")
    public record PolicyInput(
            @NotBlank @Size(max = 200) String name,

            @Schema(description = "False is nosnippet: partners get no excerpt", nullable = true)
            Boolean excerptsAllowed,

            @Schema(
                    description = "Most characters (Unicode code points) in an excerpt; null for no limit",
                    nullable = true)
            @Min(1)
            @Max(100_000)
            Integer maxCharacters,

            @Schema(nullable = true) @Min(1) @Max(20_000) Integer maxWords,
            @Schema(nullable = true) @Min(1) @Max(1_000) Integer maxParagraphs,

            @Schema(description = "Cut at a sentence's end rather than a word's", nullable = true)
            Boolean cutAtSentence,

            @Schema(
                    description = "Whether quotations may be syndicated (in excerpts and the quotes API)",
                    nullable = true)
            Boolean quotationsAllowed,

            @Schema(description = "Partners get nothing of the article before this time", nullable = true)
            Instant embargoUntil,

            @Schema(description = "Partner tiers that get the full text", nullable = true) @Size(max = 10)
            List<@NotNull @Pattern(regexp = TIER, message = "must be a lower-case tier name") String> fullTextTiers,

            @Schema(
                    description = "The credit line: {title}, {publisher}, {canonicalUrl}, {authors},"
                            + " {copyrightHolder} and {year} are filled in",
                    nullable = true)
            @Size(min = 1, max = 500)
            String creditTemplate,

            @Schema(description = "The credit must link to the article's canonical URL", nullable = true)
            Boolean linkRequired,

            @Schema(description = "Text-and-data mining reserved (TDMRep)", nullable = true)
            Boolean tdmReserved,

            @Schema(description = "Usage terms for a person to read", nullable = true) @Size(max = 2000)
            String usageTerms,

            @Schema(
                    description = "How much of the featured image partners get (after robots' max-image-preview):"
                            + " none, thumbnail or standard (the image as published)",
                    nullable = true)
            ImagePreview imagePreview) {

        PolicyTerms over(PolicyTerms base) {
            return new PolicyTerms(
                    excerptsAllowed != null ? excerptsAllowed : base.excerptsAllowed(),
                    maxCharacters,
                    maxWords,
                    maxParagraphs,
                    cutAtSentence != null ? cutAtSentence : base.cutAtSentence(),
                    quotationsAllowed != null ? quotationsAllowed : base.quotationsAllowed(),
                    embargoUntil,
                    fullTextTiers != null ? fullTextTiers.stream().distinct().toList() : base.fullTextTiers(),
                    creditTemplate != null ? creditTemplate.strip() : base.creditTemplate(),
                    linkRequired != null ? linkRequired : base.linkRequired(),
                    tdmReserved != null ? tdmReserved : base.tdmReserved(),
                    usageTerms != null ? usageTerms.strip() : base.usageTerms(),
                    imagePreview != null ? imagePreview : base.imagePreview());
        }
    }

    @Schema(name = "PolicyAssignment", description = "Which policy an article or a tag takes")
    public record PolicyAssignment(
            @NotNull @Schema(description = "The policy's id")
            Long policyId) {}
}
