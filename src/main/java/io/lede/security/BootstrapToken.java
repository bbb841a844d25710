package io.lede.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the first staff token from configuration (LEDE_ADMIN_TOKEN) so a new deployment can be managed. */
@ApplicationScoped
public class BootstrapToken {

    private static final Logger LOG = Logger.getLogger(BootstrapToken.class);
    private static final int RECOMMENDED_LENGTH = 32;

    void onStart(@Observes @Priority(10) StartupEvent event, AuthConfig config, TokenService tokens) {
        config.bootstrapToken()
                .filter(t -> !t.isBlank())
                .ifPresentOrElse(
                        secret -> {
                            if (secret.length() < RECOMMENDED_LENGTH && LaunchMode.current() == LaunchMode.NORMAL) {
                                LOG.warnf(
                                        "LEDE_ADMIN_TOKEN has %d characters; use at least %d random ones",
                                        secret.length(), RECOMMENDED_LENGTH);
                            }
                            tokens.ensureBootstrapToken(secret);
                        },
                        () -> LOG.info("No LEDE_ADMIN_TOKEN is set: staff routes accept only tokens issued earlier"));
    }
}
