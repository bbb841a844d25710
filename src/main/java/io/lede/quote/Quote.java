package io.lede.quote;

import io.lede.article.Article;
import io.lede.article.Person;
import io.lede.quote.extraction.QuoteKind;
import io.lede.quote.extraction.SpeakerKind;
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

/** A quotation in an article, with its speaker and what editors decided about it. */
@Entity
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public String text;

    /** Unicode code points into the article's plain text, end exclusive. */
    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public int paragraph;
    public String cue;

    @Enumerated(EnumType.STRING)
    public QuoteKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Person speaker;

    /** The speaker's role as this article gives it, which may differ from their profile today. */
    @Column(name = "speaker_role")
    public String speakerRole;

    @Column(name = "speaker_affiliation")
    public String speakerAffiliation;

    /** A person, an organisation, an unresolved description or a document; null where not known. */
    @Column(name = "speaker_kind")
    @Enumerated(EnumType.STRING)
    public SpeakerKind speakerKind;

    @Column(name = "mention_text")
    public String mentionText;

    @Column(name = "mention_start")
    public Integer mentionStart;

    @Column(name = "mention_end")
    public Integer mentionEnd;

    public double confidence;

    @Enumerated(EnumType.STRING)
    public QuoteStatus status;

    @Enumerated(EnumType.STRING)
    public QuoteOrigin origin;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** An editor's decision or hand is on it, so re-extraction must keep it. */
    public boolean isEditorial() {
        return origin == QuoteOrigin.EDITOR || status != QuoteStatus.SUGGESTED;
    }
}
