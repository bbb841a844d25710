package io.lede.syndication;

import java.util.List;

/** The partner behind the current request, as its key authenticated it. */
public record PartnerCaller(long partnerId, String partnerSlug, long keyId, String tier, List<String> formats) {}
