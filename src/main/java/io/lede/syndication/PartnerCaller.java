package io.lede.syndication;

import java.util.List;

/**
 * The partner behind the current request, as its key authenticated it.
 *
 * @param plan the key's own quota plan, or null when it has the configured default
 */
public record PartnerCaller(
        long partnerId, String partnerSlug, long keyId, String tier, List<String> formats, QuotaPlan plan) {

    /** A caller whose key has the default plan. */
    public PartnerCaller(long partnerId, String partnerSlug, long keyId, String tier, List<String> formats) {
        this(partnerId, partnerSlug, keyId, tier, formats, null);
    }
}
