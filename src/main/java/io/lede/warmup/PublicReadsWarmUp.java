package io.lede.warmup;

import io.lede.article.ArticleFilter;
import io.lede.article.ArticleQueries;
import io.lede.article.ArticleViews.ArticleSummary;
import io.lede.article.PersonService;
import io.lede.article.TagService;
import io.lede.comment.CommentQueries;
import io.lede.quote.QuoteQueries;
import io.lede.quote.QuoteQueries.QuoteFilter;
import io.lede.web.Cursor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs each shape of public read once, in the background, as soon as the server has started. Hibernate parses a
 * query the first time it meets it, under a lock, and cold code runs slowly: without this, the first readers after
 * a restart queue behind that work (32 concurrent readers saw two-second timeouts in a measurement). Nothing it
 * reads is kept but Hibernate's parsed queries and the JIT's compiled code; ready is reported without waiting.
 */
@ApplicationScoped
public class PublicReadsWarmUp {

    private static final Logger LOG = Logger.getLogger(PublicReadsWarmUp.class);
    private static final int PAGE = 20;

    private final ArticleQueries articles;
    private final QuoteQueries quotes;
    private final CommentQueries comments;
    private final PersonService people;
    private final TagService tags;
    private final boolean enabled;

    public PublicReadsWarmUp(
            ArticleQueries articles,
            QuoteQueries quotes,
            CommentQueries comments,
            PersonService people,
            TagService tags,
            WarmUpConfig config) {
        this.articles = articles;
        this.quotes = quotes;
        this.comments = comments;
        this.people = people;
        this.tags = tags;
        this.enabled = config.warmUp();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            Thread thread = new Thread(this::runQuietly, "lede-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runQuietly() {
        long started = System.nanoTime();
        try {
            run();
            LOG.infof("Warmed up the public reads in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Warming up the public reads failed; the first readers will do that work instead");
        }
    }

    /** Every public query shape once, with the newest article's slug where one is needed. */
    @ActivateRequestContext
    public void run() {
        List<ArticleSummary> newest = articles.list(new ArticleFilter(null, null, null, null), null, PAGE)
                .page()
                .items();
        String slug = newest.isEmpty() ? "-" : newest.get(0).slug();
        Cursor cursor = newest.isEmpty()
                ? Cursor.after(Instant.now(), Long.MAX_VALUE)
                : Cursor.after(newest.get(0).publishedAt(), newest.get(0).id());
        articles.list(new ArticleFilter(null, null, null, null), cursor, PAGE);
        articles.list(new ArticleFilter("-", null, null, null), null, PAGE);
        articles.published(slug);
        quotes.ofPublishedArticle(slug);
        quotes.publicList(new QuoteFilter(null, null, null, null, null), null, PAGE);
        comments.threads(slug, false, null, PAGE);
        comments.threads(slug, true, null, PAGE);
        people.listPublic(null, PAGE);
        people.findPublic(slug);
        tags.list(null, PAGE);
        tags.find(slug);
    }
}
