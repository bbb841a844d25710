package io.lede.syndication.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A named rights policy; its terms are in its versions, the newest of which is the one in force. */
@Entity
@Table(name = "rights_policy")
public class RightsPolicy extends PanacheEntityBase {

    /** The {@code default_key} of the publisher default. */
    static final String PUBLISHER = "publisher";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "default_key")
    public String defaultKey;

    @Column(name = "footer_key")
    public String footerKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    boolean isPublisherDefault() {
        return PUBLISHER.equals(defaultKey);
    }

    /** The next version of the terms becomes the one in force. */
    PolicyVersion revise(String newName, PolicyTerms terms, Instant now) {
        name = newName;
        currentVersion++;
        updatedAt = now;
        return PolicyVersion.of(id, currentVersion, terms, now);
    }
}
