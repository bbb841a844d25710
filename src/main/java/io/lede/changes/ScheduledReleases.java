package io.lede.changes;

import io.lede.article.Article;
import io.lede.article.ArticleVisibility;
import io.lede.support.Probe;
import io.lede.support.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A scheduled article becomes public when its time comes, with no write: this announces it in the change feed
 * within {@link ChangesConfig#releasePoll()} of its time. Several instances may sweep at once; the primary key of
 * {@code change_announced} lets only one of them announce each article (the others roll back).
 */
@ApplicationScoped
public class ScheduledReleases {

    private static final Logger LOG = Logger.getLogger(ScheduledReleases.class);
    /** An instance down longer than this when an article's time came leaves it unannounced (it is still public). */
    static final Duration RELEASE_LOOKBACK = Duration.ofDays(7);

    private final EntityManager em;
    private final DataSource dataSource;
    private final ChangeLog log;
    private final ChangesConfig config;
    private ScheduledExecutorService sweeper;

    public ScheduledReleases(EntityManager em, DataSource dataSource, ChangeLog log, ChangesConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.log = log;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long millis = config.releasePoll().toMillis();
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lede-scheduled-releases");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    private void sweepQuietly() {
        try {
            Instant now = Timestamps.now();
            if (Probe.finds(
                    dataSource,
                    "select 1 from article a where a.status = 'SCHEDULED' and a.publish_at <= ? and a.publish_at > ?"
                            + " and not exists (select 1 from change_announced c where c.item_kind = 'article'"
                            + " and c.item_id = a.id) fetch first 1 rows only",
                    now,
                    now.minus(RELEASE_LOOKBACK))) {
                sweep();
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not look for scheduled articles whose time has come; trying again shortly");
        }
    }

    /** Announces every article whose time has come and that the feed has not announced; returns how many. */
    public int sweep() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> dueArticles());
        int released = 0;
        for (Long id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Article article = Article.findById(id);
                    if (article != null) {
                        log.released(article);
                    }
                });
                released++;
            } catch (RuntimeException e) {
                LOG.debugf(e, "Article %d was announced by another instance", id);
            }
        }
        return released;
    }

    @SuppressWarnings("unchecked")
    private List<Long> dueArticles() {
        // Scheduled articles stay SCHEDULED once public (nothing flips them), so only the recent ones are looked at.
        return ((List<Number>) em.createNativeQuery("select a.id from article a where a.status = 'SCHEDULED' and "
                                + ArticleVisibility.publicAtSql("a")
                                + " and a.publish_at > :since and not exists (select 1 from change_announced c where c.item_kind = 'article'"
                                + " and c.item_id = a.id) order by a.publish_at, a.id")
                        .setParameter(ArticleVisibility.NOW, Timestamps.now())
                        .setParameter("since", Timestamps.now().minus(RELEASE_LOOKBACK))
                        .setMaxResults(100)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }
}
