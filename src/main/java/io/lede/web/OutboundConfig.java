package io.lede.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests Lede itself makes to addresses staff give it (image sources now, webhooks later); under lede.outbound. */
@ConfigMapping(prefix = "lede.outbound")
public interface OutboundConfig {

    /**
     * Lets Lede reach loopback, private-network and link-local hosts, and reach them over plain http. Off in
     * production, so a URL cannot turn Lede against its own network (SSRF); on in dev and test, where images and
     * webhook receivers run on this machine.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
