package io.lede.syndication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lede.security.TokenSecrets;
import io.lede.support.Timestamps;
import io.lede.syndication.FeedTokenViews.FeedTokenView;
import io.lede.syndication.FeedTokenViews.FeedUrls;
import io.lede.syndication.FeedTokenViews.IssuedFeedToken;
import io.lede.syndication.FeedTokenViews.NewFeedToken;
import io.lede.web.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Partner feed tokens: made, listed and revoked by the partner itself or by staff, and looked up when a feed URL
 * carries one. A token authenticates as the key it was made with, so quota, tier and usage ledger are the key's. As
 * with keys, what a lookup found is remembered for {@link PartnersConfig#credentialCache()}; a revocation on this
 * instance forgets everything as it commits.
 */
@ApplicationScoped
public class FeedTokens {

    static final String KIND = "lede_ft_";
    static final int PREFIX_LENGTH = 14;
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private record Known(PartnerCaller caller) {}

    private static final Known NONE = new Known(null);

    private final Cache<String, Known> known;
    private final TransactionSynchronizationRegistry transactions;

    public FeedTokens(PartnersConfig config, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.known = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(config.credentialCache())
                .executor(Runnable::run)
                .build();
    }

    /** The partner, as the token's key, whose working feed token this is; blocking, as it may read the database. */
    public Optional<PartnerCaller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = TokenSecrets.hash(presented);
        Known found = known.get(hash, h -> QuarkusTransaction.joiningExisting().call(() -> lookUp(presented, h)));
        return Optional.ofNullable(found.caller());
    }

    private static Known lookUp(String presented, String presentedHash) {
        Instant now = Timestamps.now();
        return PartnerFeedToken.<PartnerFeedToken>list("prefix", TokenSecrets.prefixOf(presented, PREFIX_LENGTH))
                .stream()
                .filter(candidate -> TokenSecrets.matches(presentedHash, candidate.tokenHash))
                .filter(candidate -> candidate.worksAt(now))
                .findFirst()
                .map(token -> {
                    if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        token.lastUsedAt = now;
                    }
                    Partner partner = token.partner;
                    PartnerKey key = token.key;
                    return new Known(new PartnerCaller(
                            partner.id, partner.slug, key.id, partner.tier, partner.formatList(), QuotaPlan.of(key)));
                })
                .orElse(NONE);
    }

    /** A partner's own token, spending the calling key's quota unless it names another working key of its own. */
    @Transactional
    public IssuedFeedToken issue(PartnerCaller caller, NewFeedToken request, String baseUri) {
        Partner partner = Partner.findById(caller.partnerId());
        long keyId = request.keyId() == null ? caller.keyId() : request.keyId();
        return issue(partner, workingKey(partner, keyId), request.name(), baseUri);
    }

    /** A token staff make for a partner, on the key named or the partner's newest working key. */
    @Transactional
    public IssuedFeedToken issue(String partnerIdOrSlug, NewFeedToken request, String baseUri) {
        Partner partner = PartnerService.find(partnerIdOrSlug);
        PartnerKey key;
        if (request.keyId() != null) {
            key = workingKey(partner, request.keyId());
        } else {
            Instant now = Timestamps.now();
            key = PartnerKey.<PartnerKey>list("partner", partner).stream()
                    .filter(candidate -> candidate.worksAt(now))
                    .max(Comparator.comparing(candidate -> candidate.id))
                    .orElseThrow(() -> Problems.conflict(
                            "The partner has no working key; issue one first: a feed token spends a key's quota."));
        }
        return issue(partner, key, request.name(), baseUri);
    }

    @Transactional
    public List<FeedTokenView> list(long partnerId) {
        return PartnerFeedToken.<PartnerFeedToken>list("partner.id = ?1 order by id", partnerId).stream()
                .map(FeedTokens::view)
                .toList();
    }

    @Transactional
    public List<FeedTokenView> list(String partnerIdOrSlug) {
        return list(PartnerService.find(partnerIdOrSlug).id);
    }

    /** Revokes the partner's token: it stops working at once here, within the credential cache time elsewhere. */
    @Transactional
    public FeedTokenView revoke(long partnerId, long tokenId) {
        PartnerFeedToken token = PartnerFeedToken.<PartnerFeedToken>findByIdOptional(tokenId)
                .filter(candidate -> candidate.partner.id == partnerId)
                .orElseThrow(() -> Problems.notFound("feed token", Long.toString(tokenId)));
        if (token.revokedAt == null) {
            token.revokedAt = Timestamps.now();
            forgetAfterCommit();
        }
        return view(token);
    }

    @Transactional
    public FeedTokenView revoke(String partnerIdOrSlug, long tokenId) {
        return revoke(PartnerService.find(partnerIdOrSlug).id, tokenId);
    }

    private static PartnerKey workingKey(Partner partner, long keyId) {
        return PartnerKey.<PartnerKey>findByIdOptional(keyId)
                .filter(key -> key.partner.id.equals(partner.id))
                .filter(key -> key.worksAt(Timestamps.now()))
                .orElseThrow(() -> Problems.invalid("keyId", "is not a working key of partner " + partner.slug));
    }

    private static IssuedFeedToken issue(Partner partner, PartnerKey key, String name, String baseUri) {
        String secret = TokenSecrets.generate(KIND);
        PartnerFeedToken token = new PartnerFeedToken();
        token.partner = partner;
        token.key = key;
        token.name = name;
        token.prefix = TokenSecrets.prefixOf(secret, PREFIX_LENGTH);
        token.tokenHash = TokenSecrets.hash(secret);
        token.createdAt = Timestamps.now();
        token.persist();
        String feeds = baseUri.replaceAll("/+$", "") + "/feeds/articles.";
        return new IssuedFeedToken(
                token.id,
                partner.id,
                key.id,
                token.name,
                token.prefix,
                token.createdAt,
                secret,
                new FeedUrls(
                        feeds + "atom?token=" + secret, feeds + "rss?token=" + secret, feeds + "json?token=" + secret));
    }

    private static FeedTokenView view(PartnerFeedToken token) {
        return new FeedTokenView(
                token.id,
                token.partner.id,
                token.key.id,
                token.name,
                token.prefix,
                token.createdAt,
                token.lastUsedAt,
                token.revokedAt);
    }

    private void forgetAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known.invalidateAll();
                }
            }
        });
    }
}
