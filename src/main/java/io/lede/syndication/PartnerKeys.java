package io.lede.syndication;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.lede.security.TokenSecrets;
import io.lede.support.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which partner a presented key belongs to. What a key lookup found (or that it found nothing) is remembered by the
 * presented secret's hash for at most {@link PartnersConfig#credentialCache()}, so a partner's reads are answered from
 * memory without a database read per request (the secret itself is never kept); a change on this instance that can stop a key working forgets
 * everything as it commits, and other instances notice within that time. A key in use is looked up again in the
 * background when half that time has passed, so its calls do not all wait for the database each time it would
 * expire.
 */
@ApplicationScoped
public class PartnerKeys {

    static final String KIND = "lede_pk_";
    static final int PREFIX_LENGTH = 14;
    private static final int MAX_REMEMBERED = 10_000;
    /** Recording every use would turn each partner read into a write; once a minute is enough to audit. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private record Known(PartnerCaller caller, Instant expiresAt) {

        private static final Known NONE = new Known(null, null);

        Optional<PartnerCaller> at(Instant now) {
            return caller == null || (expiresAt != null && !now.isBefore(expiresAt))
                    ? Optional.empty()
                    : Optional.of(caller);
        }
    }

    /** A presented secret as it is remembered and looked up: its hash, and the prefix that finds its candidates. */
    private record Presented(String hash, String prefix) {

        static Presented of(String secret) {
            return new Presented(TokenSecrets.hash(secret), TokenSecrets.prefixOf(secret, PREFIX_LENGTH));
        }
    }

    private final LoadingCache<Presented, Known> known;

    private final TransactionSynchronizationRegistry transactions;

    public PartnerKeys(PartnersConfig config, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.known = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(config.credentialCache())
                .refreshAfterWrite(config.credentialCache().dividedBy(2))
                // Background look-ups (refreshes) run on the worker pool, never on the I/O thread that asked.
                .executor(Infrastructure.getDefaultWorkerPool())
                .build(presented -> QuarkusTransaction.joiningExisting().call(() -> lookUp(presented)));
    }

    /** The partner whose live key this is; blocking, as it may read the database. */
    public Optional<PartnerCaller> authenticate(String presented) {
        return known.get(Presented.of(presented)).at(Instant.now());
    }

    /**
     * What this instance remembers of the key, without blocking: the caller, empty for a key known to be no good, or
     * null when it must be looked up ({@link #authenticate(String)}).
     */
    public Optional<PartnerCaller> fromMemory(String presented) {
        Known remembered = known.getIfPresent(Presented.of(presented));
        return remembered == null ? null : remembered.at(Instant.now());
    }

    private static Known lookUp(Presented presented) {
        Instant now = Timestamps.now();
        Optional<PartnerKey> match = PartnerKey.<PartnerKey>list("prefix", presented.prefix()).stream()
                .filter(candidate -> TokenSecrets.matches(presented.hash(), candidate.keyHash))
                .filter(candidate -> candidate.worksAt(now))
                .filter(candidate -> candidate.partner.status == PartnerStatus.active)
                .findFirst();
        return match.map(key -> {
                    if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        key.lastUsedAt = now;
                    }
                    Partner partner = key.partner;
                    return new Known(
                            new PartnerCaller(
                                    partner.id,
                                    partner.slug,
                                    key.id,
                                    partner.tier,
                                    partner.formatList(),
                                    QuotaPlan.of(key)),
                            key.expiresAt);
                })
                .orElse(Known.NONE);
    }

    /** Called inside a transaction that may stop keys working: once it commits, nothing remembered is trusted. */
    void forgetAfterCommit() {
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

    static String newSecret() {
        return TokenSecrets.generate(KIND);
    }

    static PartnerKey store(Partner partner, String name, String secret) {
        PartnerKey key = new PartnerKey();
        key.partner = partner;
        key.name = name;
        key.prefix = TokenSecrets.prefixOf(secret, PREFIX_LENGTH);
        key.keyHash = TokenSecrets.hash(secret);
        key.createdAt = Timestamps.now();
        key.persist();
        return key;
    }
}
