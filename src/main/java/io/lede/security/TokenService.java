package io.lede.security;

import io.lede.security.TokenViews.IssuedToken;
import io.lede.security.TokenViews.NewToken;
import io.lede.security.TokenViews.TokenView;
import io.lede.support.Timestamps;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Issues, checks and revokes staff API tokens. */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    /** Recording every use would turn each staff read into a write; once a minute is enough to audit. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    /** A token is issued with no scope its issuer lacks, so {@code tokens:manage} alone cannot mint an editor. */
    @Transactional
    public IssuedToken issue(NewToken request, List<String> issuerScopes) {
        requireWithin(request.scopes(), issuerScopes, "grant");
        String secret = TokenSecrets.generate();
        ApiToken token =
                store(request.name().strip(), secret, List.copyOf(new java.util.LinkedHashSet<>(request.scopes())));
        return new IssuedToken(token.id, token.name, token.scopeList(), token.prefix, token.createdAt, secret);
    }

    @Transactional
    public List<TokenView> list() {
        return ApiToken.<ApiToken>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(TokenService::view)
                .toList();
    }

    /** Like issuing: a token can revoke only tokens whose scopes it holds itself. */
    @Transactional
    public TokenView revoke(long id, List<String> revokerScopes) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("token", Long.toString(id)));
        requireWithin(token.scopeList(), revokerScopes, "revoke");
        if (token.revokedAt == null) {
            token.revokedAt = Timestamps.now();
        }
        return view(token);
    }

    /** The live token a bearer secret belongs to, if any. */
    @Transactional
    public Optional<ApiToken> authenticate(String presented) {
        String presentedHash = TokenSecrets.hash(presented);
        Optional<ApiToken> match = ApiToken.<ApiToken>list("prefix", TokenSecrets.prefixOf(presented)).stream()
                .filter(candidate -> TokenSecrets.matches(presentedHash, candidate.tokenHash))
                .filter(candidate -> candidate.revokedAt == null)
                .findFirst();
        match.ifPresent(token -> {
            Instant now = Timestamps.now();
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                token.lastUsedAt = now;
            }
        });
        return match;
    }

    /** Makes sure the configured first token exists, with every scope; a revoked one stays revoked. */
    @Transactional
    public void ensureBootstrapToken(String secret) {
        if (ApiToken.count("tokenHash", TokenSecrets.hash(secret)) == 0) {
            store("bootstrap", secret, Scope.ALL);
            LOG.info("Created the bootstrap staff token from configuration");
        }
    }

    private static void requireWithin(List<String> scopes, List<String> callerScopes, String verb) {
        List<String> missing = scopes.stream()
                .filter(scope -> !callerScopes.contains(scope))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            throw Problems.forbidden("A token can " + verb + " only scopes it holds itself; this one lacks "
                    + String.join(", ", missing) + ".");
        }
    }

    private static ApiToken store(String name, String secret, List<String> scopes) {
        ApiToken token = new ApiToken();
        token.name = name;
        token.prefix = TokenSecrets.prefixOf(secret);
        token.tokenHash = TokenSecrets.hash(secret);
        token.scopes = String.join(" ", scopes);
        token.createdAt = Timestamps.now();
        token.persist();
        return token;
    }

    private static TokenView view(ApiToken token) {
        return new TokenView(
                token.id,
                token.name,
                token.prefix,
                token.scopeList(),
                token.createdAt,
                token.lastUsedAt,
                token.revokedAt);
    }
}
