package io.lede.article;

import io.lede.image.Image;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person the newsroom writes about or with: an author, and later a quoted speaker. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;

    @Column(name = "job_title")
    public String jobTitle;

    public String affiliation;

    /** PERSON, or ORGANISATION for a speaker that is an organisation ("the Harbour Authority said"). */
    public String kind = "PERSON";

    public String bio;

    @ElementCollection
    @CollectionTable(name = "person_same_as", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> sameAs = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portrait_image_id")
    public Image portrait;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
