package io.lede.syndication.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One version of a policy's terms. Versions are never changed, so an answer built under one stays true to it. */
@Entity
@Table(name = "rights_policy_version")
@IdClass(PolicyVersion.Key.class)
public class PolicyVersion extends PanacheEntityBase {

    public record Key(Long policyId, Integer version) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "policy_id")
    public Long policyId;

    @Id
    public Integer version;

    @Column(name = "excerpts_allowed")
    public boolean excerptsAllowed;

    @Column(name = "max_characters")
    public Integer maxCharacters;

    @Column(name = "max_words")
    public Integer maxWords;

    @Column(name = "max_paragraphs")
    public Integer maxParagraphs;

    @Column(name = "cut_at_sentence")
    public boolean cutAtSentence;

    @Column(name = "quotations_allowed")
    public boolean quotationsAllowed;

    @Column(name = "embargo_until")
    public Instant embargoUntil;

    /** Space-separated tier names. */
    @Column(name = "full_text_tiers")
    public String fullTextTiers;

    @Column(name = "credit_template")
    public String creditTemplate;

    @Column(name = "link_required")
    public boolean linkRequired;

    @Column(name = "tdm_reserved")
    public boolean tdmReserved;

    @Column(name = "usage_terms")
    public String usageTerms;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_preview")
    public ImagePreview imagePreview;

    @Column(name = "created_at")
    public Instant createdAt;

    static PolicyVersion of(long policyId, int version, PolicyTerms terms, Instant now) {
        PolicyVersion v = new PolicyVersion();
        v.policyId = policyId;
        v.version = version;
        v.excerptsAllowed = terms.excerptsAllowed();
        v.maxCharacters = terms.maxCharacters();
        v.maxWords = terms.maxWords();
        v.maxParagraphs = terms.maxParagraphs();
        v.cutAtSentence = terms.cutAtSentence();
        v.quotationsAllowed = terms.quotationsAllowed();
        v.embargoUntil = terms.embargoUntil();
        v.fullTextTiers = String.join(" ", terms.fullTextTiers());
        v.creditTemplate = terms.creditTemplate();
        v.linkRequired = terms.linkRequired();
        v.tdmReserved = terms.tdmReserved();
        v.usageTerms = terms.usageTerms();
        v.imagePreview = terms.imagePreview();
        v.createdAt = now;
        return v;
    }

    PolicyTerms terms() {
        List<String> tiers = fullTextTiers == null || fullTextTiers.isBlank()
                ? List.of()
                : Arrays.asList(fullTextTiers.strip().split("\\s+"));
        return new PolicyTerms(
                excerptsAllowed,
                maxCharacters,
                maxWords,
                maxParagraphs,
                cutAtSentence,
                quotationsAllowed,
                embargoUntil,
                tiers,
                creditTemplate,
                linkRequired,
                tdmReserved,
                usageTerms,
                imagePreview);
    }
}
