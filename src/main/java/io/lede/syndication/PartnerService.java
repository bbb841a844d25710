package io.lede.syndication;

import io.lede.support.Slugs;
import io.lede.support.Timestamps;
import io.lede.syndication.PartnerViews.IssuedPartnerKey;
import io.lede.syndication.PartnerViews.KeyRotation;
import io.lede.syndication.PartnerViews.NewPartner;
import io.lede.syndication.PartnerViews.NewPartnerKey;
import io.lede.syndication.PartnerViews.PartnerKeyView;
import io.lede.syndication.PartnerViews.PartnerPatch;
import io.lede.syndication.PartnerViews.PartnerSelf;
import io.lede.syndication.PartnerViews.PartnerView;
import io.lede.web.Problems;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Keeps partners and their keys. Every change that can stop a key working is felt by {@link PartnerKeys} at once. */
@ApplicationScoped
public class PartnerService {

    private final PartnerKeys keys;
    private final PartnersConfig config;
    private final QuotaConfig quotas;

    public PartnerService(PartnerKeys keys, PartnersConfig config, QuotaConfig quotas) {
        this.keys = keys;
        this.config = config;
        this.quotas = quotas;
    }

    @Transactional
    public PartnerView create(NewPartner request) {
        Partner partner = new Partner();
        partner.name = request.name().strip();
        partner.slug = Slugs.unique(Slugs.fromTitle(partner.name, "partner"), slug -> Partner.count("slug", slug) > 0);
        partner.contact = request.contact().strip();
        partner.tier = request.tier();
        partner.formats = formats(request.formats());
        partner.status = PartnerStatus.active;
        partner.createdAt = Timestamps.now();
        partner.updatedAt = partner.createdAt;
        partner.persist();
        return view(partner);
    }

    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>listAll(Sort.by("id")).stream()
                .map(PartnerService::view)
                .toList();
    }

    @Transactional
    public PartnerView read(String idOrSlug) {
        return view(find(idOrSlug));
    }

    @Transactional
    public PartnerView update(String idOrSlug, PartnerPatch patch) {
        Partner partner = find(idOrSlug);
        if (patch.name() != null) {
            partner.name = patch.name().strip();
        }
        if (patch.contact() != null) {
            partner.contact = patch.contact().strip();
        }
        if (patch.tier() != null) {
            partner.tier = patch.tier();
        }
        if (patch.formats() != null) {
            partner.formats = formats(patch.formats());
        }
        partner.updatedAt = Timestamps.now();
        keys.forgetAfterCommit();
        return view(partner);
    }

    /** A suspended partner's keys stop working until it is reactivated; they are not revoked. */
    @Transactional
    public PartnerView setStatus(String idOrSlug, PartnerStatus status) {
        Partner partner = find(idOrSlug);
        if (partner.status != status) {
            partner.status = status;
            partner.updatedAt = Timestamps.now();
            keys.forgetAfterCommit();
        }
        return view(partner);
    }

    @Transactional
    public IssuedPartnerKey issueKey(String partnerIdOrSlug, NewPartnerKey request) {
        Partner partner = find(partnerIdOrSlug);
        String secret = PartnerKeys.newSecret();
        PartnerKey key = PartnerKeys.store(partner, request.name().strip(), secret);
        setPlan(key, request.plan());
        return issued(key, secret);
    }

    @Transactional
    public List<PartnerKeyView> listKeys(String partnerIdOrSlug) {
        Partner partner = find(partnerIdOrSlug);
        return PartnerKey.<PartnerKey>list("partner", Sort.by("id"), partner).stream()
                .map(this::view)
                .toList();
    }

    /**
     * A new key in place of an old one, which keeps working for the overlap so a partner can deploy the new one
     * without an outage. Rotating a key that was already rotated or revoked is a conflict.
     */
    @Transactional
    public IssuedPartnerKey rotateKey(String partnerIdOrSlug, long keyId, KeyRotation rotation) {
        PartnerKey old = findKey(partnerIdOrSlug, keyId);
        if (old.revokedAt != null || old.replacedBy != null) {
            throw Problems.conflict("Key " + keyId + " was already " + (old.revokedAt != null ? "revoked" : "rotated")
                    + "; rotate its replacement or issue a new key.");
        }
        String secret = PartnerKeys.newSecret();
        PartnerKey replacement = PartnerKeys.store(old.partner, old.name, secret);
        setPlan(replacement, QuotaPlan.of(old));
        Duration overlap = rotation == null || rotation.overlapSeconds() == null
                ? config.rotationOverlap()
                : Duration.ofSeconds(rotation.overlapSeconds());
        Instant expiry = Timestamps.now().plus(overlap);
        if (old.expiresAt == null || expiry.isBefore(old.expiresAt)) {
            old.expiresAt = expiry;
        }
        old.replacedBy = replacement.id;
        keys.forgetAfterCommit();
        return issued(replacement, secret);
    }

    /**
     * Gives a key a plan of its own, or (null) the default plan again. It applies from the key's next request: at
     * once on this instance, within {@link PartnersConfig#credentialCache()} on the others.
     */
    @Transactional
    public PartnerKeyView changePlan(String partnerIdOrSlug, long keyId, QuotaPlan plan) {
        PartnerKey key = findKey(partnerIdOrSlug, keyId);
        setPlan(key, plan);
        keys.forgetAfterCommit();
        return view(key);
    }

    private static void setPlan(PartnerKey key, QuotaPlan plan) {
        if (plan != null && plan.burst() > plan.requests()) {
            throw Problems.invalid("plan.burst", "must not be more than plan.requests");
        }
        key.planRequests = plan == null ? null : plan.requests();
        key.planWindowSeconds = plan == null ? null : plan.windowSeconds();
        key.planBurst = plan == null ? null : plan.burst();
    }

    /** The plan a key has: its own, or the configured default. */
    QuotaPlan planOf(PartnerKey key) {
        QuotaPlan own = QuotaPlan.of(key);
        return own == null ? QuotaPlan.defaults(quotas) : own;
    }

    @Transactional
    public PartnerKeyView revokeKey(String partnerIdOrSlug, long keyId) {
        PartnerKey key = findKey(partnerIdOrSlug, keyId);
        if (key.revokedAt == null) {
            key.revokedAt = Timestamps.now();
            keys.forgetAfterCommit();
        }
        return view(key);
    }

    @Transactional
    public PartnerSelf self(PartnerCaller caller) {
        Partner partner = Partner.findById(caller.partnerId());
        PartnerKey key = PartnerKey.findById(caller.keyId());
        return new PartnerSelf(partner.slug, partner.name, partner.tier, partner.formatList(), key.prefix);
    }

    /** Creates the demo partner and its key from configuration, once. */
    @Transactional
    public void ensureDevPartner(String secret) {
        if (PartnerKey.count("keyHash", io.lede.security.TokenSecrets.hash(secret)) > 0) {
            return;
        }
        Partner partner = Partner.<Partner>find("slug", "harbour-wire").firstResult();
        if (partner == null) {
            partner = new Partner();
            partner.slug = "harbour-wire";
            partner.name = "Harbour Wire";
            partner.contact = "desk@harbourwire.example";
            partner.tier = "standard";
            partner.formats = "json rss atom jsonfeed oembed";
            partner.status = PartnerStatus.active;
            partner.createdAt = Timestamps.now();
            partner.updatedAt = partner.createdAt;
            partner.persist();
        }
        PartnerKeys.store(partner, "Development key", secret);
    }

    static Partner find(String idOrSlug) {
        Optional<Partner> partner = Slugs.looksLikeId(idOrSlug)
                ? Partner.<Partner>findByIdOptional(Long.parseLong(idOrSlug))
                : Partner.<Partner>find("slug", idOrSlug).firstResultOptional();
        return partner.orElseThrow(() -> Problems.notFound("partner", idOrSlug));
    }

    private static PartnerKey findKey(String partnerIdOrSlug, long keyId) {
        Partner partner = find(partnerIdOrSlug);
        return PartnerKey.<PartnerKey>findByIdOptional(keyId)
                .filter(key -> key.partner.id.equals(partner.id))
                .orElseThrow(() -> Problems.notFound("key of partner " + partner.slug, Long.toString(keyId)));
    }

    private static String formats(List<String> formats) {
        return String.join(" ", new LinkedHashSet<>(formats));
    }

    private IssuedPartnerKey issued(PartnerKey key, String secret) {
        return new IssuedPartnerKey(
                key.id,
                key.partner.id,
                key.name,
                key.prefix,
                key.createdAt,
                planOf(key),
                key.planRequests == null,
                secret);
    }

    static PartnerView view(Partner partner) {
        return new PartnerView(
                partner.id,
                partner.slug,
                partner.name,
                partner.contact,
                partner.tier,
                partner.formatList(),
                partner.status,
                partner.createdAt,
                partner.updatedAt);
    }

    private PartnerKeyView view(PartnerKey key) {
        return new PartnerKeyView(
                key.id,
                key.partner.id,
                key.name,
                key.prefix,
                key.createdAt,
                key.lastUsedAt,
                key.expiresAt,
                key.revokedAt,
                key.replacedBy,
                planOf(key),
                key.planRequests == null);
    }
}
