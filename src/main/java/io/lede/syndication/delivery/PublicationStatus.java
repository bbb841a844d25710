package io.lede.syndication.delivery;

/** The IPTC ninjs publication statuses a partner sees in {@code rights.status}. */
final class PublicationStatus {

    static final String USABLE = "usable";
    static final String EMBARGOED = "embargoed";
    static final String WITHHELD = "withheld";
    static final String CANCELED = "canceled";

    private PublicationStatus() {}
}
