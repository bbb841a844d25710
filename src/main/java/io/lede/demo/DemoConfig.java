package io.lede.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lede.demo")
public interface DemoConfig {

    /** Load demo content into an empty embedded H2 database; it never runs on PostgreSQL. */
    @WithDefault("false")
    boolean enabled();
}
