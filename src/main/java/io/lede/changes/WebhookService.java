package io.lede.changes;

import io.lede.changes.WebhookViews.AttemptView;
import io.lede.changes.WebhookViews.CreatedWebhook;
import io.lede.changes.WebhookViews.DeliveryPage;
import io.lede.changes.WebhookViews.DeliveryView;
import io.lede.changes.WebhookViews.NewWebhook;
import io.lede.changes.WebhookViews.WebhookList;
import io.lede.changes.WebhookViews.WebhookView;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.syndication.Partner;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions: staff own those without a partner and see every one; a partner sees and manages only its
 * own (another's answers 404, as if it did not exist).
 */
@ApplicationScoped
public class WebhookService {

    /** Who asks: staff (partnerId null) or one partner. */
    public record Owner(Long partnerId) {

        public static final Owner STAFF = new Owner(null);

        boolean mayManage(WebhookSubscription subscription) {
            return partnerId == null || partnerId.equals(subscription.partnerId);
        }
    }

    private final EntityManager em;
    private final WebhookDispatcher dispatcher;

    public WebhookService(EntityManager em, WebhookDispatcher dispatcher) {
        this.em = em;
        this.dispatcher = dispatcher;
    }

    @Transactional
    public CreatedWebhook create(NewWebhook request, Owner owner) {
        dispatcher.targets().check("url", request.url());
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.partnerId = owner.partnerId();
        subscription.url = request.url().strip();
        subscription.eventTypes = request.events().stream().distinct().collect(Collectors.joining(" "));
        subscription.description = Text.blankToNull(request.description());
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.createdAt = Timestamps.now();
        subscription.persist();
        return new CreatedWebhook(view(subscription), subscription.secret);
    }

    @Transactional
    public WebhookList list(Owner owner) {
        List<WebhookSubscription> all = owner.partnerId() == null
                ? WebhookSubscription.list("order by id desc")
                : WebhookSubscription.list("partnerId = ?1 order by id desc", owner.partnerId());
        return new WebhookList(all.stream().map(this::view).toList(), null);
    }

    @Transactional
    public WebhookView find(long id, Owner owner) {
        return view(require(id, owner));
    }

    @Transactional
    public void delete(long id, Owner owner) {
        require(id, owner).delete();
    }

    /** Turns a disabled subscription back on; its deliveries still within their retry window go out again. */
    @Transactional
    public WebhookView enable(long id, Owner owner) {
        WebhookSubscription subscription = require(id, owner);
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.disabledAt = null;
        subscription.failingSince = null;
        return view(subscription);
    }

    @Transactional
    public DeliveryPage deliveries(long id, Owner owner, Cursor cursor, int limit) {
        require(id, owner);
        List<WebhookDelivery> rows = em.createQuery(
                        "select d from WebhookDelivery d where d.subscriptionId = :id and d.id < :before"
                                + " order by d.id desc",
                        WebhookDelivery.class)
                .setParameter("id", id)
                .setParameter("before", cursor == null ? Long.MAX_VALUE : cursor.id())
                .setMaxResults(limit + 1)
                .getResultList();
        Page<WebhookDelivery> page = Paging.page(rows, limit, d -> Cursor.after("d", d.id));
        List<Long> ids = page.items().stream().map(d -> d.id).toList();
        Map<Long, List<AttemptView>> attempts = new HashMap<>();
        Map<Long, String> types = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select a from WebhookAttempt a where a.deliveryId in :ids order by a.id",
                            WebhookAttempt.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(a -> attempts.computeIfAbsent(a.deliveryId, k -> new java.util.ArrayList<>())
                            .add(new AttemptView(
                                    a.attemptedAt, a.statusCode, a.latencyMs, a.error, a.responseExcerpt)));
            em.createQuery("select e.id, e.type from ChangeEvent e where e.id in :ids", Object[].class)
                    .setParameter(
                            "ids",
                            page.items().stream().map(d -> d.eventId).distinct().toList())
                    .getResultStream()
                    .forEach(row -> types.put((Long) row[0], (String) row[1]));
        }
        return new DeliveryPage(
                page.items().stream()
                        .map(d -> new DeliveryView(
                                d.id,
                                "msg_" + d.id,
                                d.eventId,
                                types.get(d.eventId),
                                d.status,
                                d.attempts,
                                d.status.equals(WebhookDelivery.PENDING) ? d.nextAttemptAt : null,
                                d.createdAt,
                                d.deliveredAt,
                                attempts.getOrDefault(d.id, List.of())))
                        .toList(),
                page.nextCursor());
    }

    /** Sends a delivery again now, whatever became of it: same webhook-id, so a receiver can tell. */
    @Transactional
    public void redeliver(long id, long deliveryId, Owner owner) {
        require(id, owner);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || delivery.subscriptionId != id) {
            throw Problems.notFound("delivery", Long.toString(deliveryId));
        }
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = Timestamps.now();
        delivery.createdAt = Timestamps.now();
        delivery.leaseUntil = null;
        delivery.leaseToken = null;
    }

    private WebhookSubscription require(long id, Owner owner) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !owner.mayManage(subscription)) {
            throw Problems.notFound("webhook", Long.toString(id));
        }
        return subscription;
    }

    private WebhookView view(WebhookSubscription subscription) {
        String owner = "staff";
        if (subscription.partnerId != null) {
            Partner partner = Partner.findById(subscription.partnerId);
            owner = partner == null ? null : partner.slug;
        }
        return new WebhookView(
                subscription.id,
                subscription.url,
                subscription.typeList(),
                subscription.description,
                subscription.status,
                owner,
                subscription.createdAt,
                subscription.failingSince,
                subscription.disabledAt);
    }
}
