package io.lede.demo;

import io.lede.article.Article;
import io.lede.preview.PreviewService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo content, the draft has a preview link whose token is known ({@value #TOKEN}), so the README can show
 * a preview in one line; it is renewed at each start while the draft is there.
 */
@ApplicationScoped
public class DemoPreviewLink {

    static final String TOKEN = "pv_demo-seawall-consultation";
    static final String DRAFT = "seawall-consultation-draft";

    @Transactional
    void onStart(
            @Observes @Priority(21) StartupEvent event,
            DemoConfig config,
            PreviewService previews,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        if (config.enabled() && dbKind.equals("h2") && Article.count("slug", DRAFT) > 0) {
            previews.ensureKnown(DRAFT, TOKEN, Duration.ofDays(30));
        }
    }
}
