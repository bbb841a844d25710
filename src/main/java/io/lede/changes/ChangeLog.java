package io.lede.changes;

import io.lede.article.Article;
import io.lede.article.ArticleChanged;
import io.lede.article.ArticleMapper;
import io.lede.publishing.ContentVersion;
import io.lede.quote.Quote;
import io.lede.quote.QuoteChanged;
import io.lede.quote.QuoteStatus;
import io.lede.support.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Writes the change feed, in the transaction that makes each change: an item becoming public is published (or
 * confirmed), a public item changing is updated (or corrected), a public item leaving is unpublished, deleted or
 * removed. What the feed has announced as public is kept in {@code change_announced}, so "becoming" and "leaving"
 * are decided against what subscribers were told, not guessed from the write. Drafts and scheduled articles never
 * appear; a scheduled article's time coming is announced by {@link ScheduledReleases}.
 *
 * <p><b>Ordering.</b> Each event's position is the content version its transaction commits
 * ({@link ContentVersion#bump()}): the first bump in a transaction locks the one {@code content_change} row until
 * the transaction ends, so writers of events commit one after another in position order. A reader that sees an
 * event at position p therefore already sees every event below p: following the feed by (position, id) never
 * skips an event committed late and never repeats one. This costs no extra contention, since every write to public
 * content already bumped that row; it serialises writers of public content from their first event to their commit,
 * which is short. The same holds on H2 and PostgreSQL.
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ContentVersion versions;
    private final ArticleMapper articles;
    private final WebhookOutbox outbox;

    public ChangeLog(EntityManager em, ContentVersion versions, ArticleMapper articles, WebhookOutbox outbox) {
        this.em = em;
        this.versions = versions;
        this.articles = articles;
        this.outbox = outbox;
    }

    void onArticle(@Observes ArticleChanged change) {
        Article article = Article.findById(change.articleId());
        boolean announced = announced(ChangeType.ARTICLE, change.articleId());
        if (change.deleting()) {
            if (announced) {
                em.createNativeQuery("delete from change_announced where item_kind = 'quote' and item_id in"
                                + " (select id from quote where article_id = :id)")
                        .setParameter("id", change.articleId())
                        .executeUpdate();
                record(ChangeType.ARTICLE_DELETED, article, true);
                forget(ChangeType.ARTICLE, change.articleId());
            }
            return;
        }
        boolean isPublic = article.isPublicAt(Timestamps.now());
        if (isPublic && !announced) {
            record(ChangeType.ARTICLE_PUBLISHED, article, false);
            remember(ChangeType.ARTICLE, article.id);
        } else if (isPublic) {
            record(change.corrected() ? ChangeType.ARTICLE_CORRECTED : ChangeType.ARTICLE_UPDATED, article, false);
        } else if (announced) {
            record(ChangeType.ARTICLE_UNPUBLISHED, article, true);
            forget(ChangeType.ARTICLE, article.id);
        }
    }

    /** A scheduled article whose time has come: announced once, whoever sees it first. */
    void released(Article article) {
        if (!announced(ChangeType.ARTICLE, article.id) && article.isPublicAt(Timestamps.now())) {
            record(ChangeType.ARTICLE_PUBLISHED, article, false);
            remember(ChangeType.ARTICLE, article.id);
        }
    }

    void onQuote(@Observes QuoteChanged change) {
        Quote quote = Quote.findById(change.quoteId());
        boolean announced = announced(ChangeType.QUOTE, change.quoteId());
        boolean isPublic = !change.deleting()
                && quote.status == QuoteStatus.CONFIRMED
                && quote.article.isPublicAt(Timestamps.now());
        if (isPublic && !announced) {
            record(ChangeType.QUOTE_CONFIRMED, quote, false);
            remember(ChangeType.QUOTE, quote.id);
        } else if (isPublic) {
            record(ChangeType.QUOTE_UPDATED, quote, false);
        } else if (announced) {
            record(ChangeType.QUOTE_REMOVED, quote, true);
            forget(ChangeType.QUOTE, quote.id);
        }
    }

    private void record(String type, Article article, boolean tombstone) {
        ChangeEvent event = newEvent(type, tombstone);
        event.itemKind = ChangeType.ARTICLE;
        event.itemId = article.id;
        event.itemSlug = article.slug;
        event.articleId = article.id;
        event.itemVersion = article.version;
        event.itemUrl = articles.canonicalUrl(article.canonicalUrl, article.slug);
        save(event);
    }

    private void record(String type, Quote quote, boolean tombstone) {
        ChangeEvent event = newEvent(type, tombstone);
        event.itemKind = ChangeType.QUOTE;
        event.itemId = quote.id;
        event.itemSlug = null;
        event.articleId = quote.article.id;
        event.itemVersion = quote.version;
        save(event);
    }

    private ChangeEvent newEvent(String type, boolean tombstone) {
        ChangeEvent event = new ChangeEvent();
        // First: takes the lock that orders writers, so the time below is read in position order too.
        event.position = versions.bump();
        event.type = type;
        event.occurredAt = Timestamps.now();
        event.tombstone = tombstone;
        return event;
    }

    private void save(ChangeEvent event) {
        event.persist();
        outbox.enqueue(event);
    }

    private boolean announced(String kind, long id) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from change_announced where item_kind = :kind and item_id = :id")
                                .setParameter("kind", kind)
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private void remember(String kind, long id) {
        em.createNativeQuery("insert into change_announced (item_kind, item_id) values (:kind, :id)")
                .setParameter("kind", kind)
                .setParameter("id", id)
                .executeUpdate();
    }

    private void forget(String kind, long id) {
        em.createNativeQuery("delete from change_announced where item_kind = :kind and item_id = :id")
                .setParameter("kind", kind)
                .setParameter("id", id)
                .executeUpdate();
    }
}
