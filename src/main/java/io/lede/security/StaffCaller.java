package io.lede.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** Who made the current staff request: the token's name, and its scopes. */
@RequestScoped
public class StaffCaller {

    private final SecurityIdentity identity;

    public StaffCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String tokenName() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public List<String> scopes() {
        return Scope.ALL.stream().filter(identity::hasRole).toList();
    }
}
