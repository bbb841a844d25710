package io.lede.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's report that a comment breaks the rules. */
@Entity
@Table(name = "comment_report")
public class CommentReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "comment_id")
    public Long commentId;

    public String reason;

    @Column(name = "reporter_hash")
    public String reporterHash;

    @Column(name = "created_at")
    public Instant createdAt;
}
