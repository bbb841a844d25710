package io.lede.comment;

import io.lede.comment.screening.TextFingerprint;
import io.lede.support.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comments a new post is compared with for duplicates: the latest ones within the duplicate window, on any
 * article and through any instance, as the database records them. Each instance fingerprints a comment once and
 * again only after it changes, so a post reads the ids of the recent comments and the bodies of the few it has not
 * seen, not every recent text.
 */
@ApplicationScoped
class RecentComments {

    /** At most this many recent comments are compared, so one post never reads an unbounded window. */
    static final int LIMIT = 500;

    private record Seen(Instant updatedAt, TextFingerprint fingerprint) {}

    private record Recent(long id, Instant updatedAt) {}

    private record Body(long id, Instant updatedAt, String markdown) {}

    private final EntityManager em;
    private final CommentScreener screener;
    private final Duration window;
    private final Map<Long, Seen> fingerprints = new ConcurrentHashMap<>();

    RecentComments(EntityManager em, CommentScreener screener, CommentConfig config) {
        this.em = em;
        this.screener = screener;
        this.window = config.duplicateWindow();
    }

    List<TextFingerprint> fingerprints() {
        List<Recent> recent = em.createQuery(
                        "select new io.lede.comment.RecentComments$Recent(c.id, c.updatedAt) from Comment c"
                                + " where c.createdAt > :since order by c.createdAt desc",
                        Recent.class)
                .setParameter("since", Timestamps.now().minus(window))
                .setMaxResults(LIMIT)
                .getResultList();
        List<Long> unseen = recent.stream()
                .filter(comment -> !comment.updatedAt().equals(seenAt(comment.id())))
                .map(Recent::id)
                .toList();
        if (!unseen.isEmpty()) {
            em.createQuery(
                            "select new io.lede.comment.RecentComments$Body(c.id, c.updatedAt, c.bodyMarkdown)"
                                    + " from Comment c where c.id in :ids",
                            Body.class)
                    .setParameter("ids", unseen)
                    .getResultList()
                    .forEach(body -> fingerprints.put(
                            body.id(), new Seen(body.updatedAt(), screener.fingerprint(body.markdown()))));
        }
        List<TextFingerprint> result = new ArrayList<>(recent.size());
        Set<Long> ids = new HashSet<>();
        for (Recent comment : recent) {
            Seen seen = fingerprints.get(comment.id());
            if (seen != null) {
                result.add(seen.fingerprint());
                ids.add(comment.id());
            }
        }
        if (fingerprints.size() > 2 * LIMIT) {
            fingerprints.keySet().retainAll(ids);
        }
        return result;
    }

    /**
     * A comment this instance has just stored, fingerprinted from the text at hand, so that the next post here need
     * not read its body back. Should its transaction roll back, the entry names an id no query returns.
     */
    void stored(long id, Instant updatedAt, String body) {
        fingerprints.put(id, new Seen(updatedAt, screener.fingerprint(body)));
    }

    private Instant seenAt(long id) {
        Seen seen = fingerprints.get(id);
        return seen == null ? null : seen.updatedAt();
    }
}
