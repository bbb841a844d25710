package io.lede.syndication.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The publisher default, last in the cascade. It seeds the default policy when the database has none; from then on
 * the policy is managed through the staff API like any other (a changed setting does not overwrite it).
 */
@ConfigMapping(prefix = "lede.syndication.default-policy")
public interface DefaultPolicyConfig {

    @WithDefault("Publisher default")
    String name();

    /** False is {@code nosnippet}. */
    @WithDefault("true")
    boolean excerptsAllowed();

    /** Code points; 0 for no limit. */
    @WithDefault("600")
    int maxCharacters();

    /** 0 for no limit. */
    @WithDefault("100")
    int maxWords();

    /** 0 for no limit. */
    @WithDefault("2")
    int maxParagraphs();

    @WithDefault("true")
    boolean cutAtSentence();

    @WithDefault("true")
    boolean quotationsAllowed();

    /** Partner tiers that get the full text; none by default. */
    Optional<List<String>> fullTextTiers();

    @WithDefault("{title} — {publisher}, {canonicalUrl}")
    String creditTemplate();

    @WithDefault("true")
    boolean linkRequired();

    @WithDefault("true")
    boolean tdmReserved();

    @WithDefault("Excerpts may be republished with credit to the publisher and a link to the original article.")
    String usageTerms();

    /** How much of the featured image partners get: none, thumbnail or standard. */
    @WithDefault("thumbnail")
    ImagePreview imagePreview();

    default PolicyTerms terms() {
        return new PolicyTerms(
                excerptsAllowed(),
                PolicyTerms.noLimitIfZero(maxCharacters()),
                PolicyTerms.noLimitIfZero(maxWords()),
                PolicyTerms.noLimitIfZero(maxParagraphs()),
                cutAtSentence(),
                quotationsAllowed(),
                null,
                fullTextTiers().orElse(List.of()),
                creditTemplate(),
                linkRequired(),
                tdmReserved(),
                usageTerms(),
                imagePreview());
    }
}
