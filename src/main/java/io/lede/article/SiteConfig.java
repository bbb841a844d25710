package io.lede.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The newsroom behind the content: where its site lives and whom to credit. */
@ConfigMapping(prefix = "lede")
public interface SiteConfig {

    /** The newsroom's public site; canonical article URLs default to {@code {siteUrl}/articles/{slug}}. */
    @WithDefault("https://news.example.com")
    String siteUrl();

    /** The publisher's name, credited in citations and feeds. */
    @WithDefault("Lede Demo Newsroom")
    String publisher();
}
