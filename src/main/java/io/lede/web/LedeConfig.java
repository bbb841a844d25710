package io.lede.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Lede's own settings, all under the {@code lede.} prefix; see application.properties. */
@ConfigMapping(prefix = "lede")
public interface LedeConfig {

    /** The newsroom's public site; canonical article URLs default to {@code {siteUrl}/articles/{slug}}. */
    @WithDefault("https://news.example.com")
    String siteUrl();

    /** The publisher's name, credited in citations and feeds. */
    @WithDefault("Lede Demo Newsroom")
    String publisher();

    Cache cache();

    Auth auth();

    Demo demo();

    Quotes quotes();

    interface Quotes {
        /** Extracted quotations at least this confident are confirmed without review; above 1 turns it off. */
        @WithDefault("0.9")
        double autoConfirmAt();
    }

    interface Cache {
        @WithDefault("60")
        int maxAge();

        @WithDefault("300")
        int sMaxage();

        @WithDefault("600")
        int staleWhileRevalidate();

        /** Memory for public responses kept ready to serve; when it fills, the cache starts again empty. */
        @WithDefault("64")
        int memoryMb();
    }

    interface Auth {
        /** A token with every scope, created at start if set: LEDE_ADMIN_TOKEN in production. */
        Optional<String> bootstrapToken();
    }

    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }
}
