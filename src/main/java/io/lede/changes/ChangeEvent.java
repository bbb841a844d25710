package io.lede.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One public change, as the change feed and webhooks tell it. Written once, never changed. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The content version the writing transaction committed; see {@link ChangeLog}. */
    public long position;

    public String type;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "item_kind")
    public String itemKind;

    @Column(name = "item_id")
    public long itemId;

    @Column(name = "item_slug")
    public String itemSlug;

    /** The article itself, or the quotation's article: whose policy decides which partners see the event. */
    @Column(name = "article_id")
    public long articleId;

    @Column(name = "item_version")
    public Long itemVersion;

    /** An article's canonical URL (null for a quotation). */
    @Column(name = "item_url")
    public String itemUrl;

    /** The item is no longer public (withdrawn, deleted or removed): drop it. */
    public boolean tombstone;
}
