package io.lede.syndication.policy;

import io.lede.syndication.policy.PolicyViews.PolicyRef;
import io.lede.syndication.policy.PolicyViews.PolicyView;

/** Policies as the API shows them. */
public final class PolicyViewMapper {

    public static final String LINK_TARGET = "canonical";

    private PolicyViewMapper() {}

    /** The permanent address of one version of a policy. */
    public static String url(String apiBase, long id, int version) {
        return apiBase.replaceAll("/+$", "") + "/api/v1/policies/" + id + "/versions/" + version;
    }

    public static PolicyRef ref(EffectivePolicy policy, String apiBase) {
        return new PolicyRef(policy.id(), policy.version(), url(apiBase, policy.id(), policy.version()));
    }

    static PolicyView view(RightsPolicy policy, PolicyVersion version, String apiBase) {
        PolicyTerms t = version.terms();
        return new PolicyView(
                policy.id,
                policy.name,
                version.version,
                url(apiBase, policy.id, version.version),
                policy.isPublisherDefault(),
                t.excerptsAllowed(),
                t.maxCharacters(),
                t.maxWords(),
                t.maxParagraphs(),
                t.cutAtSentence(),
                t.quotationsAllowed(),
                t.embargoUntil(),
                t.fullTextTiers(),
                t.creditTemplate(),
                LINK_TARGET,
                t.linkRequired(),
                t.tdmReserved(),
                t.usageTerms(),
                t.imagePreview(),
                version.createdAt);
    }
}
