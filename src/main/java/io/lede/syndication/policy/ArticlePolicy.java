package io.lede.syndication.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article's own policy, which beats its tags' and the publisher default. */
@Entity
@Table(name = "article_policy")
public class ArticlePolicy extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "policy_id")
    public Long policyId;
}
