package io.lede.syndication;

/** Whether a partner's keys work. */
public enum PartnerStatus {
    active,
    suspended
}
