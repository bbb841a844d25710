package io.lede.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.article.Article;
import io.lede.article.ArticleRequests.ArticleInput;
import io.lede.article.ArticleRequests.PersonInput;
import io.lede.article.ArticleRequests.TagInput;
import io.lede.article.ArticleService;
import io.lede.article.PersonService;
import io.lede.article.TagService;
import io.lede.image.ImageRequests.ImageInput;
import io.lede.image.ImageService;
import io.lede.syndication.policy.ImagePreview;
import io.lede.syndication.policy.PolicyRequests.PolicyInput;
import io.lede.syndication.policy.PolicyService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty embedded database with demo content so a new user sees a living API at once. It never runs on
 * PostgreSQL, so a production database is never touched.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    private final DemoConfig config;
    private final ObjectMapper json;
    private final PersonService people;
    private final TagService tags;
    private final ArticleService articles;
    private final EntityManager em;
    private final PolicyService policies;
    private final String dbKind;
    private final ImageService images;

    public DemoContentLoader(
            DemoConfig config,
            ObjectMapper json,
            PersonService people,
            TagService tags,
            ArticleService articles,
            EntityManager em,
            PolicyService policies,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            ImageService images) {
        this.images = images;
        this.config = config;
        this.json = json;
        this.people = people;
        this.tags = tags;
        this.articles = articles;
        this.em = em;
        this.policies = policies;
        this.dbKind = dbKind;
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) throws IOException {
        if (!config.enabled() || !dbKind.equals("h2") || Article.count() > 0) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/demo/content.json")) {
            load(json.readValue(in, DemoContent.class));
        }
    }

    private void load(DemoContent content) throws IOException {
        String base = config.imageBaseUrl().replaceAll("/+$", "") + "/demo-images/";
        Map<String, Long> imageIds = new HashMap<>();
        for (DemoContent.DemoImage image : content.images()) {
            try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/demo-images/" + image.file())) {
                imageIds.put(
                        image.file(),
                        images.createShipped(
                                        new ImageInput(
                                                base + image.file(),
                                                image.alt(),
                                                image.caption(),
                                                "Lede demo images",
                                                "Public domain: drawn by Lede's demo script",
                                                image.focalPoint()),
                                        in.readAllBytes())
                                .id());
            }
        }
        content.people()
                .forEach(p -> people.create(new PersonInput(
                        p.slug(),
                        p.name(),
                        p.jobTitle(),
                        p.affiliation(),
                        p.bio(),
                        p.portrait() == null ? null : imageIds.get(p.portrait()),
                        p.sameAs())));
        content.tags().forEach(t -> tags.create(new TagInput(t.slug(), t.name(), t.description())));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int year = now.atZone(java.time.ZoneOffset.UTC).getYear();
        for (DemoContent.DemoArticle a : content.articles()) {
            articles.create(new ArticleInput(
                    a.slug(),
                    a.title(),
                    a.dek(),
                    a.body().replace("{images}/", base),
                    a.authors(),
                    a.tags(),
                    null,
                    "en",
                    "The Calloway Ledger",
                    year,
                    "Excerpts of up to 300 words may be republished with credit to The Calloway Ledger and a link"
                            + " to the original.",
                    a.featuredImage() == null ? null : imageIds.get(a.featuredImage()),
                    null));
            switch (a.state()) {
                case "published" -> publishBackdated(a.slug(), now.minus(Duration.ofDays(a.daysAgo())));
                case "scheduled" -> articles.schedule(a.slug(), now.plus(Duration.ofDays(a.daysAhead())));
                default -> {}
            }
            if (a.correction() != null) {
                ArticleInput current = articles.find(a.slug())
                        .map(v -> new ArticleInput(
                                null,
                                v.title(),
                                v.dek(),
                                v.body(),
                                a.authors(),
                                a.tags(),
                                null,
                                "en",
                                v.rights().copyrightHolder(),
                                v.rights().copyrightYear(),
                                v.rights().statement(),
                                v.featuredImage() == null
                                        ? null
                                        : v.featuredImage().id(),
                                a.correction()))
                        .orElseThrow();
                articles.replace(a.slug(), current, OptionalLong.empty());
            }
        }
        overridePolicy();
        LOG.infof(
                "Loaded demo content: %d articles, %d people, %d tags, %d images",
                content.articles().size(),
                content.people().size(),
                content.tags().size(),
                content.images().size());
    }

    /**
     * One article with a rights policy of its own, beside the publisher default (configured for %dev in
     * application.properties): partners of the {@code standard} tier get its full text and its picture as published
     * (the default gives a thumbnail), and text-and-data mining is not reserved.
     */
    private void overridePolicy() {
        long policy = policies.create(
                        new PolicyInput(
                                "Night market: full text for standard partners",
                                true,
                                400,
                                null,
                                1,
                                true,
                                true,
                                null,
                                java.util.List.of("standard"),
                                "{title}, by {authors} — {publisher}, {canonicalUrl}",
                                true,
                                false,
                                "Standard-tier partners may republish the full text with the credit line and a link"
                                        + " to the original.",
                                ImagePreview.standard),
                        "")
                .id();
        policies.assignToArticle("night-market-returns", policy, "");
    }

    /** Demo stories look as if they went out over the past days, not all at the moment of start-up. */
    private void publishBackdated(String slug, Instant publishedAt) {
        articles.publish(slug);
        em.createQuery("update Article a set a.publishAt = :at, a.firstPublishedAt = :at, a.createdAt = :at,"
                        + " a.updatedAt = :at where a.slug = :slug")
                .setParameter("at", publishedAt)
                .setParameter("slug", slug)
                .executeUpdate();
        em.clear();
    }
}
