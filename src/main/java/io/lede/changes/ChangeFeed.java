package io.lede.changes;

import io.lede.changes.ChangeViews.ChangeItem;
import io.lede.changes.ChangeViews.ChangePage;
import io.lede.changes.ChangeViews.ChangeView;
import io.lede.support.Timestamps;
import io.lede.syndication.policy.EffectivePolicy;
import io.lede.syndication.policy.PolicyCascade;
import io.lede.syndication.policy.PolicyTerms;
import io.lede.web.Cursor;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the change feed in commit order, (position, id), for staff (everything) or a partner (what its policy lets
 * it see). See {@link ChangeLog} for why that order never skips nor repeats an event.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Events looked at per statement; a partner whose policy hides many gets fewer per page, never a gap. */
    private static final int BATCH = 200;
    /** At most this many events are looked at for one page, so a page costs a bounded amount whatever is hidden. */
    private static final int MAX_SCANNED = 2_000;

    /** A place in the feed: after the event (position, id). */
    public record Position(long position, long id) {

        public static final Position START = new Position(-1, -1);

        public String encode() {
            return Cursor.after(Long.toString(position), id).encode();
        }

        public static Position decode(String cursor) {
            Cursor decoded = Cursor.decode(cursor);
            try {
                return new Position(Long.parseLong(decoded.sortKey()), decoded.id());
            } catch (NumberFormatException e) {
                throw Problems.invalid("cursor", "is not a cursor from the change feed");
            }
        }

        static Position of(ChangeEvent event) {
            return new Position(event.position, event.id);
        }
    }

    /**
     * Who reads: staff see every event; a partner sees tombstones (it must be able to take down whatever it holds)
     * and the other events of items its policy lets it see now: not under embargo, not withheld (no excerpt nor
     * full text for its tier), and for quotations, a policy that lets quotations go.
     */
    public record Reader(boolean partner, String tier) {

        public static final Reader STAFF = new Reader(false, null);

        public static Reader partner(String tier) {
            return new Reader(true, tier);
        }
    }

    /** A page, and whether it reached the end of what is committed now. */
    public record Slice(ChangePage page, Position next, boolean atEnd) {}

    private final EntityManager em;
    private final PolicyCascade cascade;

    public ChangeFeed(EntityManager em, PolicyCascade cascade) {
        this.em = em;
        this.cascade = cascade;
    }

    @Transactional
    public Slice read(Position after, int limit, Reader reader, String apiBase) {
        List<ChangeView> items = new ArrayList<>();
        Position at = after;
        int scanned = 0;
        boolean atEnd = false;
        while (true) {
            int batch = reader.partner() ? BATCH : limit - items.size();
            List<ChangeEvent> events = em.createQuery(
                            "select e from ChangeEvent e where e.position > :position or (e.position = :position"
                                    + " and e.id > :id) order by e.position, e.id",
                            ChangeEvent.class)
                    .setParameter("position", at.position())
                    .setParameter("id", at.id())
                    .setMaxResults(batch)
                    .getResultList();
            List<ChangeEvent> visible = reader.partner() ? visibleToPartner(events, reader.tier()) : events;
            boolean full = false;
            for (ChangeEvent event : events) {
                if (items.size() == limit) {
                    full = true;
                    break;
                }
                at = Position.of(event);
                scanned++;
                if (visible.contains(event)) {
                    items.add(view(event, reader, apiBase));
                }
            }
            if (full) {
                break;
            }
            if (events.size() < batch) {
                atEnd = true;
                break;
            }
            if (items.size() >= limit || scanned >= MAX_SCANNED) {
                break;
            }
        }
        return new Slice(new ChangePage(items, at.encode()), at, atEnd);
    }

    /** The position just before the first event at or after {@code time}, or the end of the feed when none is. */
    @Transactional
    public Position since(Instant time) {
        List<ChangeEvent> first = em.createQuery(
                        "select e from ChangeEvent e where e.occurredAt >= :time order by e.position, e.id",
                        ChangeEvent.class)
                .setParameter("time", time)
                .setMaxResults(1)
                .getResultList();
        if (!first.isEmpty()) {
            ChangeEvent event = first.get(0);
            return new Position(event.position, event.id - 1);
        }
        return end();
    }

    /** Just after the last event committed now. */
    @Transactional
    public Position end() {
        List<ChangeEvent> last = em.createQuery(
                        "select e from ChangeEvent e order by e.position desc, e.id desc", ChangeEvent.class)
                .setMaxResults(1)
                .getResultList();
        return last.isEmpty() ? Position.START : Position.of(last.get(0));
    }

    private List<ChangeEvent> visibleToPartner(List<ChangeEvent> events, String tier) {
        List<Long> articles = events.stream()
                .filter(e -> !e.tombstone)
                .map(e -> e.articleId)
                .distinct()
                .toList();
        Map<Long, EffectivePolicy> policies = cascade.forArticles(articles);
        Instant now = Timestamps.now();
        return events.stream()
                .filter(e -> e.tombstone || visible(e, policies.get(e.articleId).terms(), tier, now))
                .toList();
    }

    /** The rule a partner's feed and a partner's webhooks both follow. */
    static boolean visible(ChangeEvent event, PolicyTerms terms, String tier, Instant now) {
        if (event.tombstone) {
            return true;
        }
        if (terms.embargoedAt(now) || !(terms.excerptsAllowed() || terms.grantsFullText(tier))) {
            return false;
        }
        return !event.itemKind.equals(ChangeType.QUOTE) || (terms.quotationsAllowed() && terms.excerptsAllowed());
    }

    static ChangeView view(ChangeEvent event, Reader reader, String apiBase) {
        String base = apiBase + (reader.partner() ? "/api/v1/partner" : "/api/v1");
        String href = event.itemKind.equals(ChangeType.ARTICLE)
                ? base + "/articles/" + event.itemSlug
                : base + "/quotes/" + event.itemId;
        return new ChangeView(
                event.id,
                Position.of(event).encode(),
                event.type,
                event.occurredAt,
                new ChangeItem(event.itemKind, event.itemId, event.itemSlug, href, event.itemUrl),
                event.itemVersion,
                event.tombstone || event.itemVersion == null
                        ? null
                        : Preconditions.versionTag(event.itemVersion).toString(),
                event.tombstone);
    }
}
