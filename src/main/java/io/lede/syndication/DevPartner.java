package io.lede.syndication;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** In development and tests, a demo partner with a known key, so a partner read can be tried with one curl line. */
@ApplicationScoped
public class DevPartner {

    private static final Logger LOG = Logger.getLogger(DevPartner.class);

    void onStart(@Observes @Priority(11) StartupEvent event, PartnersConfig config, PartnerService partners) {
        config.devKey().filter(key -> !key.isBlank()).ifPresent(key -> {
            partners.ensureDevPartner(key);
            LOG.info("The demo partner Harbour Wire calls with the development key from lede.partners.dev-key");
        });
    }
}
