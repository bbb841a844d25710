package io.lede.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A bearer secret that is a live staff token: the caller is named after the token, and its scopes are its roles.
 * A secret that is no staff token is passed on to the next provider; when none knows it, the request fails with
 * 401.
 */
@ApplicationScoped
public class StaffTokenIdentities implements IdentityProvider<BearerSecret> {

    /** The identity's attribute that says which kind of credential authenticated it. */
    public static final String CREDENTIAL = "lede.credential";

    public static final String STAFF_TOKEN = "staff-token";

    /** Where staff tokens come among the bearer-secret providers (Quarkus asks the highest first). */
    public static final int PRIORITY = 100;

    private final TokenService tokens;

    public StaffTokenIdentities(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<BearerSecret> getRequestType() {
        return BearerSecret.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerSecret request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.authenticate(request.secret())
                .map(token -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(token.name))
                        .addRoles(Set.copyOf(token.scopeList()))
                        .addAttribute(CREDENTIAL, STAFF_TOKEN)
                        .build())
                .orElse(null));
    }
}
