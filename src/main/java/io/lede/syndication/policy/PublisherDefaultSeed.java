package io.lede.syndication.policy;

import io.lede.support.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Makes the publisher default from configuration when the database has none. Instances starting together may both
 * try; the unique default key lets one win and the other find its row.
 */
@ApplicationScoped
public class PublisherDefaultSeed {

    private static final Logger LOG = Logger.getLogger(PublisherDefaultSeed.class);

    private final DefaultPolicyConfig config;

    public PublisherDefaultSeed(DefaultPolicyConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::seed);
        } catch (PersistenceException e) {
            LOG.debugf(e, "Another instance seeded the publisher default policy first");
        }
    }

    private void seed() {
        if (RightsPolicy.count("defaultKey", RightsPolicy.PUBLISHER) > 0) {
            return;
        }
        Instant now = Timestamps.now();
        RightsPolicy policy = new RightsPolicy();
        policy.name = config.name();
        policy.defaultKey = RightsPolicy.PUBLISHER;
        policy.createdAt = now;
        policy.updatedAt = now;
        policy.persist();
        RightsPolicy.flush();
        policy.revise(policy.name, config.terms(), now).persist();
        LOG.infof("Seeded the publisher default rights policy from lede.syndication.default-policy");
    }
}
