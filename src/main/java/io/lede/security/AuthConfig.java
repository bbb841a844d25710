package io.lede.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "lede.auth")
public interface AuthConfig {

    /** A token with every scope, created at start if set: LEDE_ADMIN_TOKEN in production. */
    Optional<String> bootstrapToken();
}
