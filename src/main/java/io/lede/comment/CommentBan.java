package io.lede.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ban on posting, by the keyed hash of an email address or an IP, until a time. */
@Entity
@Table(name = "comment_ban")
public class CommentBan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** EMAIL or IP. */
    public String kind;

    @Column(name = "value_hash")
    public String valueHash;

    public String reason;
    public Instant until;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
