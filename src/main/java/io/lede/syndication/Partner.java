package io.lede.syndication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A syndication partner: who they are, the tier their terms give them, and the formats they may fetch. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String contact;
    public String tier;

    /** Space-separated. */
    public String formats;

    @Enumerated(EnumType.STRING)
    public PartnerStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> formatList() {
        return Arrays.stream(formats.split(" ")).filter(f -> !f.isEmpty()).toList();
    }
}
