package io.lede.sitemap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Sitemaps of the public articles. */
@ConfigMapping(prefix = "lede.sitemap")
public interface SitemapConfig {

    /** Articles per {@code /sitemaps/articles-{n}.xml}; the sitemaps.org protocol allows at most 50,000. */
    @WithDefault("50000")
    @Min(1)
    @Max(50000)
    int pageSize();
}
