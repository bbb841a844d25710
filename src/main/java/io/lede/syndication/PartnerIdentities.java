package io.lede.syndication;

import io.lede.security.BearerSecret;
import io.lede.security.Roles;
import io.lede.security.StaffTokenIdentities;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A bearer secret that is a live partner key: the caller is named after the partner and has the role
 * {@link Roles#PARTNER}. Asked before staff tokens ({@link #priority()}), as partner reads are the frequent ones and
 * are answered from memory; a secret that is no partner key is passed on (and remembered as none for a while).
 */
@ApplicationScoped
public class PartnerIdentities implements IdentityProvider<BearerSecret> {

    /** The identity's attribute that holds the {@link PartnerCaller}. */
    static final String CALLER = "lede.partner";

    public static final String PARTNER_KEY = "partner-key";

    private final PartnerKeys keys;

    public PartnerIdentities(PartnerKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<BearerSecret> getRequestType() {
        return BearerSecret.class;
    }

    /**
     * Above {@link StaffTokenIdentities#PRIORITY}: Quarkus asks providers highest first. (Its default is 1001, so a
     * low number here used to put a staff token look-up — a database transaction — before every partner read.)
     */
    @Override
    public int priority() {
        return StaffTokenIdentities.PRIORITY + 10;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerSecret request, AuthenticationRequestContext context) {
        // A key remembered in memory is answered on the calling thread: no hop to a worker for a partner's reads.
        Optional<PartnerCaller> remembered = keys.fromMemory(request.secret());
        if (remembered != null) {
            return Uni.createFrom()
                    .item(remembered.map(PartnerIdentities::identity).orElse(null));
        }
        return context.runBlocking(() -> keys.authenticate(request.secret())
                .map(PartnerIdentities::identity)
                .orElse(null));
    }

    private static SecurityIdentity identity(PartnerCaller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.partnerSlug()))
                .addRole(Roles.PARTNER)
                .addAttribute(StaffTokenIdentities.CREDENTIAL, PARTNER_KEY)
                .addAttribute(CALLER, caller)
                .build();
    }
}
