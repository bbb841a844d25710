package io.lede.syndication.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag's (section's) policy, for its articles that have none of their own. */
@Entity
@Table(name = "tag_policy")
public class TagPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "tag_id")
    public Long tagId;

    @Column(name = "policy_id")
    public Long policyId;
}
