package io.lede.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A secret presented as {@code Authorization: Bearer <secret>}. Which kind of credential it is (a staff token today,
 * a partner key next) is for the identity providers to tell: each looks it up and passes on a secret it does not
 * know, so a new kind of credential is one more provider.
 */
public final class BearerSecret extends BaseAuthenticationRequest {

    private final String secret;

    public BearerSecret(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
