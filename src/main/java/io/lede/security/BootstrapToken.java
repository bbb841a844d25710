package io.lede.security;

import io.lede.web.LedeConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the first staff token from configuration (LEDE_ADMIN_TOKEN) so a new deployment can be managed. */
@ApplicationScoped
public class BootstrapToken {

    void onStart(@Observes @Priority(10) StartupEvent event, LedeConfig config, TokenService tokens) {
        config.auth().bootstrapToken().filter(t -> !t.isBlank()).ifPresent(tokens::ensureBootstrapToken);
    }
}
