package io.lede.comment;

import io.lede.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** A reader's comment. The email address and IP are never stored, only keyed hashes of them. */
@Entity
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "parent_id")
    public Long parentId;

    /** The top-level comment of the thread; its own id for a top-level comment. */
    @Column(name = "root_id")
    public Long rootId;

    public int depth;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "email_hash")
    public String emailHash;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    @Column(name = "body_html")
    public String bodyHtml;

    @Enumerated(EnumType.STRING)
    public CommentStatus status;

    /** Space-separated reason codes from screening or moderation. */
    public String reasons;

    @Column(name = "ip_hash")
    public String ipHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The label the classifier learned this comment with, if any; see {@link LearnedSpamModel}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "learned_label")
    public SpamLabel learnedLabel;

    /** The text as it was learned, so that a later change takes back exactly what was learned. */
    @Column(name = "learned_text")
    public String learnedText;

    @Version
    public long version;
}
