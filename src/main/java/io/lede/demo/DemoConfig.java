package io.lede.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lede.demo")
public interface DemoConfig {

    /** Load demo content into an empty embedded H2 database; it never runs on PostgreSQL. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Where this instance serves its demo images ({@code /demo-images/...}), as frontends will reach them: the demo
     * has no image host of its own, so Lede serves a few pictures it ships and the records point at them.
     */
    @WithDefault("http://localhost:${quarkus.http.port:8080}")
    String imageBaseUrl();
}
