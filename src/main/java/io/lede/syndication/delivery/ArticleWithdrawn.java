package io.lede.syndication.delivery;

import io.lede.syndication.delivery.PartnerReadViews.Tombstone;

/** A partner asked for an article that was public and has been withdrawn: 410 Gone with its tombstone. */
public class ArticleWithdrawn extends RuntimeException {

    private final Tombstone tombstone;

    public ArticleWithdrawn(Tombstone tombstone) {
        super("The article '" + tombstone.slug() + "' has been withdrawn.", null, false, false);
        this.tombstone = tombstone;
    }

    public Tombstone tombstone() {
        return tombstone;
    }
}
