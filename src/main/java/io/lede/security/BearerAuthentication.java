package io.lede.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <secret>} and leaves it to the identity providers. Without that header the
 * caller is anonymous, which public operations accept; authentication runs only when an operation needs it
 * ({@code quarkus.http.auth.proactive=false}), so a public read never pays for a token lookup.
 */
@ApplicationScoped
public class BearerAuthentication implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Bearer realm=\"lede\"";
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(
                new BearerSecret(header.substring(BEARER.length()).strip()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerSecret.class);
    }
}
