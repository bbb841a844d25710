package io.lede.image;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A picture the newsroom's image host serves, as Lede knows it: where it is, what it shows (alt text, caption,
 * credit, copyright) and what the image itself says it is (dimensions, media type, size), read when it was saved.
 */
@Entity
public class Image extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_url")
    public String sourceUrl;

    public String alt;
    public String caption;
    public String credit;
    public String copyright;
    public int width;
    public int height;

    @Column(name = "focal_x")
    public double focalX = 0.5;

    @Column(name = "focal_y")
    public double focalY = 0.5;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "byte_size")
    public long byteSize;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Image> findBySourceUrl(String url) {
        return find("sourceUrl", url).firstResultOptional();
    }

    /** What was read from the source itself. */
    void takeProbe(ProbedImage probed) {
        sourceUrl = probed.url();
        width = probed.width();
        height = probed.height();
        mediaType = probed.mediaType();
        byteSize = probed.byteSize();
    }
}
