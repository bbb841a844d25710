package io.lede.syndication.delivery;

import io.lede.image.ImageViews.ImageView;
import io.lede.publishing.SurrogateKey;
import io.lede.syndication.attribution.Credit;
import io.lede.syndication.delivery.PartnerReadViews.AuthorView;
import io.lede.syndication.delivery.PartnerReadViews.ExcerptView;
import io.lede.syndication.delivery.PartnerReadViews.FullText;
import io.lede.syndication.delivery.PartnerReadViews.RightsView;
import io.lede.syndication.delivery.PartnerReadViews.TagView;
import io.lede.syndication.policy.PolicyViews.PolicyRef;
import java.time.Instant;
import java.util.List;

/**
 * Articles as a feed carries them: the same cut, credit, rights and image a partner answer has, for the public (no
 * tier: the excerpt only) or a partner's tier, with what a feed needs besides (when each last changed, the credit as
 * HTML). Other formats (RSS, Atom, JSON Feed, oEmbed) are written from these, never from the article itself, so no
 * format can carry what the policy forbids.
 */
public final class Syndicated {

    private Syndicated() {}

    /**
     * One article. {@code excerpt} and {@code dek} are null under nosnippet; {@code body} is null unless the tier is
     * granted full text.
     */
    public record Item(
            long id,
            String slug,
            String title,
            String dek,
            String language,
            Instant publishedAt,
            Instant updatedAt,
            String canonicalUrl,
            List<AuthorView> authors,
            List<TagView> tags,
            ExcerptView excerpt,
            ImageView image,
            FullText body,
            RightsView rights,
            Credit credit,
            PolicyRef policy) {}

    /** A page of articles, newest first: the keyset cursor of the next page, what it shows and when it changed. */
    public record Page(
            List<Item> items, String nextCursor, Instant lastModified, List<SurrogateKey> keys, Instant freshUntil) {}

    /** An article that was public and has been withdrawn (unpublished), at {@code withdrawnAt}. */
    public record Withdrawal(long id, String slug, String canonicalUrl, Instant withdrawnAt) {}
}
