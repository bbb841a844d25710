package io.lede.syndication;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The partner making the current request, for operations that allow only partners. */
@RequestScoped
public class PartnerCallers {

    private final SecurityIdentity identity;

    public PartnerCallers(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Only valid in an operation restricted to {@link io.lede.security.Roles#PARTNER}. */
    public PartnerCaller current() {
        PartnerCaller caller = identity.getAttribute(PartnerIdentities.CALLER);
        if (caller == null) {
            throw new IllegalStateException("Not a partner's request: restrict the operation to the partner role");
        }
        return caller;
    }
}
