package io.lede.changes;

import io.lede.support.Timestamps;
import io.lede.syndication.Partner;
import io.lede.syndication.PartnerStatus;
import io.lede.syndication.policy.PolicyCascade;
import io.lede.syndication.policy.PolicyTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Queues a delivery of each event to every active subscription that wants it, in the event's transaction: the
 * change and its deliveries commit together or not at all. A partner's subscription gets what the partner's change
 * feed would show it (see {@link ChangeFeed#visible}).
 */
@ApplicationScoped
public class WebhookOutbox {

    private final PolicyCascade cascade;

    public WebhookOutbox(PolicyCascade cascade) {
        this.cascade = cascade;
    }

    void enqueue(ChangeEvent event) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("status", WebhookSubscription.ACTIVE);
        Instant now = Timestamps.now();
        PolicyTerms terms = null;
        for (WebhookSubscription subscription : subscriptions) {
            if (!subscription.wants(event.type)) {
                continue;
            }
            if (subscription.partnerId != null) {
                Partner partner = Partner.findById(subscription.partnerId);
                if (partner == null || partner.status != PartnerStatus.active) {
                    continue;
                }
                if (terms == null && !event.tombstone) {
                    terms = cascade.forArticle(event.articleId).terms();
                }
                if (!event.tombstone && !ChangeFeed.visible(event, terms, partner.tier, now)) {
                    continue;
                }
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = event.id;
            delivery.status = WebhookDelivery.PENDING;
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
    }
}
