package io.lede.syndication.policy;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies for rights policies. */
public final class PolicyViews {

    private PolicyViews() {}

    @Schema(name = "PolicyRef", description = "The policy an answer was built under: its id, version and address")
    public record PolicyRef(long id, int version, String url) {}

    @Schema(name = "Policy", description = "A rights policy: what partners may do with the articles it covers")
    public record PolicyView(
            long id,
            String name,

            @Schema(description = "Moves on every change; the terms of each version stay readable")
            int version,

            @Schema(description = "This version's permanent address")
            String url,

            @Schema(description = "Whether this is the publisher default, last in the cascade")
            boolean publisherDefault,

            boolean excerptsAllowed,
            @Schema(nullable = true) Integer maxCharacters,
            @Schema(nullable = true) Integer maxWords,
            @Schema(nullable = true) Integer maxParagraphs,
            boolean cutAtSentence,
            boolean quotationsAllowed,
            @Schema(nullable = true) Instant embargoUntil,
            List<String> fullTextTiers,
            String creditTemplate,

            @Schema(description = "Where the credit links: always the article's canonical URL")
            String linkTarget,

            boolean linkRequired,
            boolean tdmReserved,
            @Schema(nullable = true) String usageTerms,

            @Schema(description = "How much of the featured image partners get")
            ImagePreview imagePreview,

            Instant updatedAt) {}

    @Schema(name = "PolicyList", description = "Every rights policy")
    public record PolicyList(List<PolicyView> items) {}

    @Schema(
            name = "AppliedPolicy",
            description = "The policy that applies to an article or tag, and where in the cascade it comes from")
    public record AppliedPolicy(
            @Schema(description = "article, tag or publisher")
            String source,

            PolicyView policy) {}
}
