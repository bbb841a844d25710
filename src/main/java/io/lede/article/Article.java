package io.lede.article;

import io.lede.image.Image;
import io.lede.support.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Entity
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String dek;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "body_text")
    public String bodyText;

    public String excerpt;

    @Column(name = "word_count")
    public int wordCount;

    @Column(name = "reading_minutes")
    public int readingMinutes;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    public String language;

    @Column(name = "copyright_holder")
    public String copyrightHolder;

    @Column(name = "copyright_year")
    public Integer copyrightYear;

    @Column(name = "rights_statement")
    public String rightsStatement;

    @Column(name = "comments_closed")
    public boolean commentsClosed;

    /** A hash of the page an imported article came from; null for articles written here. */
    @Column(name = "source_hash")
    public String sourceHash;

    /** Visible comments, kept by the comment feature for sorting; never written through the entity. */
    @Column(name = "comment_count", insertable = false, updatable = false)
    public long commentCount;

    @ManyToMany
    @JoinTable(
            name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    public Set<Tag> tags = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "featured_image_id")
    public Image featuredImage;

    /** The images the body shows, kept with the body so an image in use is neither deleted nor moved under it. */
    @ManyToMany
    @JoinTable(
            name = "article_body_image",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "image_id"))
    public Set<Image> bodyImages = new LinkedHashSet<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("correctedAt")
    public List<Correction> corrections = new ArrayList<>();

    @Version
    public long version;

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Staff routes take an id or a slug: ids are all digits, slugs never are. */
    public static Optional<Article> findByIdOrSlug(String idOrSlug) {
        return Slugs.looksLikeId(idOrSlug) ? findByIdOptional(Long.parseLong(idOrSlug)) : findBySlug(idOrSlug);
    }

    public ArticleStatus statusAt(Instant now) {
        return status.at(publishAt, now);
    }

    public boolean isPublicAt(Instant now) {
        return statusAt(now) == ArticleStatus.PUBLISHED;
    }
}
