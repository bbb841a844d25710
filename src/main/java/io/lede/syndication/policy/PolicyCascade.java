package io.lede.syndication.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which policy applies, most specific first: the article's own, then its tags' (of several tags with a policy, the
 * first in the order tags are shown, by name), then the publisher default. For any number of articles it costs four
 * statements: article overrides, tag overrides, the default, and the versions in force.
 */
@ApplicationScoped
public class PolicyCascade {

    private final EntityManager em;

    public PolicyCascade(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public EffectivePolicy forArticle(long articleId) {
        return forArticles(List.of(articleId)).get(articleId);
    }

    /** The policy in force for each article; every id gets one (the publisher default at least). */
    @Transactional
    public Map<Long, EffectivePolicy> forArticles(Collection<Long> articleIds) {
        Map<Long, Long> policyOf = new HashMap<>();
        Map<Long, String> sourceOf = new HashMap<>();
        if (!articleIds.isEmpty()) {
            em.createQuery(
                            "select p.articleId, p.policyId from ArticlePolicy p where p.articleId in :ids",
                            Object[].class)
                    .setParameter("ids", articleIds)
                    .getResultStream()
                    .forEach(row -> {
                        policyOf.put((Long) row[0], (Long) row[1]);
                        sourceOf.put((Long) row[0], EffectivePolicy.ARTICLE);
                    });
            Set<Long> rest = new HashSet<>(articleIds);
            rest.removeAll(policyOf.keySet());
            if (!rest.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select at.article_id, tp.policy_id from article_tag at"
                                + " join tag_policy tp on tp.tag_id = at.tag_id join tag t on t.id = at.tag_id"
                                + " where at.article_id in (:ids) order by at.article_id, t.name, t.id")
                        .setParameter("ids", rest)
                        .getResultList();
                for (Object[] row : rows) {
                    long article = ((Number) row[0]).longValue();
                    if (policyOf.putIfAbsent(article, ((Number) row[1]).longValue()) == null) {
                        sourceOf.put(article, EffectivePolicy.TAG);
                    }
                }
            }
        }
        Long fallback = null;
        if (policyOf.size() < new HashSet<>(articleIds).size()) {
            fallback = defaultId().orElseThrow(() -> new IllegalStateException("No publisher default policy"));
            for (Long id : articleIds) {
                if (policyOf.putIfAbsent(id, fallback) == null) {
                    sourceOf.put(id, EffectivePolicy.PUBLISHER);
                }
            }
        }
        Map<Long, EffectivePolicy> current = current(new HashSet<>(policyOf.values()), null);
        Map<Long, EffectivePolicy> result = new HashMap<>();
        policyOf.forEach((article, policy) -> {
            EffectivePolicy p = current.get(policy);
            result.put(article, new EffectivePolicy(p.id(), p.version(), p.name(), p.terms(), sourceOf.get(article)));
        });
        return result;
    }

    @Transactional
    public EffectivePolicy forTag(long tagId) {
        TagPolicy own = TagPolicy.findById(tagId);
        if (own != null) {
            return current(Set.of(own.policyId), EffectivePolicy.TAG).get(own.policyId);
        }
        return publisherDefault().orElseThrow(() -> new IllegalStateException("No publisher default policy"));
    }

    @Transactional
    public Optional<EffectivePolicy> publisherDefault() {
        return defaultId()
                .map(id -> current(Set.of(id), EffectivePolicy.PUBLISHER).get(id));
    }

    private Optional<Long> defaultId() {
        return em.createQuery("select p.id from RightsPolicy p where p.defaultKey = :key", Long.class)
                .setParameter("key", RightsPolicy.PUBLISHER)
                .getResultStream()
                .findFirst();
    }

    private Map<Long, EffectivePolicy> current(Set<Long> policyIds, String source) {
        Map<Long, EffectivePolicy> current = new HashMap<>();
        if (policyIds.isEmpty()) {
            return current;
        }
        em.createQuery(
                        "select p, v from RightsPolicy p, PolicyVersion v where p.id in :ids and v.policyId = p.id"
                                + " and v.version = p.currentVersion",
                        Object[].class)
                .setParameter("ids", policyIds)
                .getResultStream()
                .forEach(row -> {
                    RightsPolicy p = (RightsPolicy) row[0];
                    PolicyVersion v = (PolicyVersion) row[1];
                    current.put(p.id, new EffectivePolicy(p.id, v.version, p.name, v.terms(), source));
                });
        return current;
    }
}
