package io.lede.syndication.policy;

import io.lede.article.Article;
import io.lede.article.Tag;
import io.lede.publishing.ChangesContent;
import io.lede.support.Slugs;
import io.lede.support.Timestamps;
import io.lede.syndication.attribution.CreditTemplate;
import io.lede.syndication.policy.PolicyRequests.PolicyInput;
import io.lede.syndication.policy.PolicyViews.AppliedPolicy;
import io.lede.syndication.policy.PolicyViews.PolicyView;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Staff management of rights policies and of which article or tag takes which. Every change is a content change:
 * partner answers built under the old terms are rebuilt on the next read.
 */
@ApplicationScoped
public class PolicyService {

    private final EntityManager em;
    private final PolicyCascade cascade;
    private final DefaultPolicyConfig defaults;

    public PolicyService(EntityManager em, PolicyCascade cascade, DefaultPolicyConfig defaults) {
        this.em = em;
        this.cascade = cascade;
        this.defaults = defaults;
    }

    @ChangesContent
    @Transactional
    public PolicyView create(PolicyInput input, String apiBase) {
        PolicyTerms terms = validated(input.over(baseTerms()));
        Instant now = Timestamps.now();
        RightsPolicy policy = new RightsPolicy();
        policy.name = input.name().strip();
        policy.createdAt = now;
        policy.updatedAt = now;
        policy.persist();
        em.flush();
        PolicyVersion version = policy.revise(policy.name, terms, now);
        version.persist();
        return PolicyViewMapper.view(policy, version, apiBase);
    }

    /** Replaces every term: the policy's version moves on and the old one stays readable. */
    @ChangesContent
    @Transactional
    public PolicyView replace(long id, PolicyInput input, OptionalLong expectedVersion, String apiBase) {
        RightsPolicy policy = require(id);
        Preconditions.check(expectedVersion, policy.currentVersion, "policy");
        PolicyTerms terms = validated(input.over(baseTerms()));
        PolicyVersion version = policy.revise(input.name().strip(), terms, Timestamps.now());
        version.persist();
        return PolicyViewMapper.view(policy, version, apiBase);
    }

    @Transactional
    public List<PolicyView> list(String apiBase) {
        return em.createQuery(
                        "select p, v from RightsPolicy p, PolicyVersion v where v.policyId = p.id"
                                + " and v.version = p.currentVersion order by p.id",
                        Object[].class)
                .getResultStream()
                .map(row -> PolicyViewMapper.view((RightsPolicy) row[0], (PolicyVersion) row[1], apiBase))
                .toList();
    }

    @Transactional
    public Optional<PolicyView> find(long id, Integer version, String apiBase) {
        return RightsPolicy.<RightsPolicy>findByIdOptional(id)
                .flatMap(policy -> Optional.ofNullable(PolicyVersion.<PolicyVersion>findById(
                                new PolicyVersion.Key(id, version == null ? policy.currentVersion : version)))
                        .map(v -> PolicyViewMapper.view(policy, v, apiBase)));
    }

    /** A policy in use, or the publisher default, cannot go: the cascade would silently change under partners. */
    @ChangesContent
    @Transactional
    public void delete(long id) {
        RightsPolicy policy = require(id);
        if (policy.isPublisherDefault()) {
            throw Problems.conflict("The publisher default cannot be deleted; change its terms instead.");
        }
        long uses = ArticlePolicy.count("policyId", id) + TagPolicy.count("policyId", id);
        if (uses > 0) {
            throw Problems.conflict(
                    "The policy is assigned to " + uses + " articles or tags; assign them another policy first.");
        }
        PolicyVersion.delete("policyId", id);
        policy.delete();
    }

    @ChangesContent
    @Transactional
    public AppliedPolicy assignToArticle(String idOrSlug, long policyId, String apiBase) {
        Article article = requireArticle(idOrSlug);
        require(policyId);
        ArticlePolicy assignment = ArticlePolicy.findById(article.id);
        if (assignment == null) {
            assignment = new ArticlePolicy();
            assignment.articleId = article.id;
            assignment.policyId = policyId;
            assignment.persist();
        } else {
            assignment.policyId = policyId;
        }
        em.flush();
        return appliedToArticle(article.id, apiBase);
    }

    @ChangesContent
    @Transactional
    public AppliedPolicy clearArticle(String idOrSlug, String apiBase) {
        Article article = requireArticle(idOrSlug);
        ArticlePolicy.deleteById(article.id);
        em.flush();
        return appliedToArticle(article.id, apiBase);
    }

    @Transactional
    public AppliedPolicy forArticle(String idOrSlug, String apiBase) {
        return appliedToArticle(requireArticle(idOrSlug).id, apiBase);
    }

    @ChangesContent
    @Transactional
    public AppliedPolicy assignToTag(String idOrSlug, long policyId, String apiBase) {
        Tag tag = requireTag(idOrSlug);
        require(policyId);
        TagPolicy assignment = TagPolicy.findById(tag.id);
        if (assignment == null) {
            assignment = new TagPolicy();
            assignment.tagId = tag.id;
            assignment.policyId = policyId;
            assignment.persist();
        } else {
            assignment.policyId = policyId;
        }
        em.flush();
        return appliedToTag(tag.id, apiBase);
    }

    @ChangesContent
    @Transactional
    public AppliedPolicy clearTag(String idOrSlug, String apiBase) {
        Tag tag = requireTag(idOrSlug);
        TagPolicy.deleteById(tag.id);
        em.flush();
        return appliedToTag(tag.id, apiBase);
    }

    @Transactional
    public AppliedPolicy forTag(String idOrSlug, String apiBase) {
        return appliedToTag(requireTag(idOrSlug).id, apiBase);
    }

    /**
     * Gives an article the policy its imported page's footer states: excerpts with credit and a link to the
     * original. Pages with the same footer terms share one policy, made from the publisher default's limits.
     */
    @ChangesContent
    @Transactional
    public void adoptFooterTerms(long articleId, String creditTo, String usageTerms) {
        String footerKey = footerKey(creditTo, usageTerms);
        RightsPolicy policy = RightsPolicy.<RightsPolicy>find("footerKey", footerKey)
                .firstResultOptional()
                .orElseGet(() -> {
                    PolicyTerms base = baseTerms();
                    String credit = creditTo == null
                            ? base.creditTemplate()
                            : "{title} — " + creditTo.replace("{", "(").replace("}", ")") + ", {canonicalUrl}";
                    PolicyTerms terms = new PolicyTerms(
                            true,
                            base.maxCharacters(),
                            base.maxWords(),
                            base.maxParagraphs(),
                            base.cutAtSentence(),
                            base.quotationsAllowed(),
                            null,
                            List.of(),
                            credit,
                            true,
                            base.tdmReserved(),
                            usageTerms,
                            base.imagePreview());
                    Instant now = Timestamps.now();
                    RightsPolicy made = new RightsPolicy();
                    made.name = "Imported footer: " + (creditTo == null ? "excerpts and links" : creditTo);
                    made.footerKey = footerKey;
                    made.createdAt = now;
                    made.updatedAt = now;
                    made.persist();
                    em.flush();
                    made.revise(made.name, terms, now).persist();
                    return made;
                });
        ArticlePolicy assignment = ArticlePolicy.findById(articleId);
        if (assignment == null) {
            assignment = new ArticlePolicy();
            assignment.articleId = articleId;
        }
        assignment.policyId = policy.id;
        assignment.persist();
    }

    private static String footerKey(String creditTo, String usageTerms) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(creditTo).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(usageTerms).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AppliedPolicy appliedToArticle(long articleId, String apiBase) {
        EffectivePolicy applied = cascade.forArticle(articleId);
        return new AppliedPolicy(applied.source(), view(applied.id(), apiBase));
    }

    private AppliedPolicy appliedToTag(long tagId, String apiBase) {
        EffectivePolicy applied = cascade.forTag(tagId);
        return new AppliedPolicy(applied.source(), view(applied.id(), apiBase));
    }

    private PolicyView view(long id, String apiBase) {
        return find(id, null, apiBase).orElseThrow();
    }

    /** The publisher default's terms, for what a new policy leaves out. */
    private PolicyTerms baseTerms() {
        return cascade.publisherDefault().map(EffectivePolicy::terms).orElseGet(defaults::terms);
    }

    private static PolicyTerms validated(PolicyTerms terms) {
        List<String> unknown = CreditTemplate.unknownPlaceholders(terms.creditTemplate());
        if (!unknown.isEmpty()) {
            throw Problems.invalid(
                    "creditTemplate",
                    "names {" + unknown.get(0) + "}; a credit may name "
                            + CreditTemplate.PLACEHOLDERS.stream()
                                    .sorted()
                                    .map(p -> "{" + p + "}")
                                    .toList());
        }
        return terms;
    }

    private static RightsPolicy require(long id) {
        return RightsPolicy.<RightsPolicy>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("policy", Long.toString(id)));
    }

    private static Article requireArticle(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).orElseThrow(() -> Problems.notFound("article", idOrSlug));
    }

    private static Tag requireTag(String idOrSlug) {
        Optional<Tag> tag = Slugs.looksLikeId(idOrSlug)
                ? Tag.<Tag>findByIdOptional(Long.parseLong(idOrSlug))
                : Tag.findBySlug(idOrSlug);
        return tag.orElseThrow(() -> Problems.notFound("tag", idOrSlug));
    }
}
