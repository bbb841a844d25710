package io.lede.syndication.policy;

import io.lede.syndication.excerpt.ExcerptLimits;
import java.time.Instant;
import java.util.List;

/**
 * What a policy lets partners do with an article. Plain data: the cascade, the cutter and the attribution read it.
 *
 * @param excerptsAllowed false is {@code nosnippet}: no excerpt (nor dek) reaches a partner
 * @param embargoUntil partners get nothing of the article before this time (404), null for no embargo
 * @param fullTextTiers partner tiers that get the full body besides the excerpt
 * @param creditTemplate the credit line, with {@code {title}}, {@code {publisher}}, {@code {canonicalUrl}},
 *     {@code {authors}}, {@code {copyrightHolder}} and {@code {year}} filled in
 * @param linkRequired the credit must link to the original; the link always goes to the article's canonical URL
 * @param tdmReserved text-and-data mining rights are reserved (TDMRep {@code tdm-reservation: 1})
 * @param imagePreview how much of the featured image partners get with the article
 */
public record PolicyTerms(
        boolean excerptsAllowed,
        Integer maxCharacters,
        Integer maxWords,
        Integer maxParagraphs,
        boolean cutAtSentence,
        boolean quotationsAllowed,
        Instant embargoUntil,
        List<String> fullTextTiers,
        String creditTemplate,
        boolean linkRequired,
        boolean tdmReserved,
        String usageTerms,
        ImagePreview imagePreview) {

    public PolicyTerms {
        fullTextTiers = List.copyOf(fullTextTiers);
        imagePreview = imagePreview == null ? ImagePreview.standard : imagePreview;
    }

    /** Configuration says 0 for no limit; a policy says null. */
    public static Integer noLimitIfZero(int limit) {
        return limit > 0 ? limit : null;
    }

    public boolean embargoedAt(Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }

    public boolean grantsFullText(String tier) {
        return tier != null && fullTextTiers.contains(tier);
    }

    public ExcerptLimits excerptLimits() {
        return new ExcerptLimits(maxCharacters, maxWords, maxParagraphs, cutAtSentence, !quotationsAllowed);
    }
}
