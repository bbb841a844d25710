package io.lede.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A URL that receives change events; a partner's (partnerId set) gets only what its policy lets it see. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    static final String ACTIVE = "active";
    static final String DISABLED = "disabled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id")
    public Long partnerId;

    public String url;

    /** Space-separated types or patterns ({@code article.*}, {@code *}). */
    @Column(name = "event_types")
    public String eventTypes;

    public String description;

    /** Stored as issued: HMAC signing needs the key itself. */
    public String secret;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    public List<String> typeList() {
        return Arrays.asList(eventTypes.split(" "));
    }

    public boolean wants(String type) {
        for (String pattern : typeList()) {
            if (pattern.equals("*")
                    || pattern.equals(type)
                    || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
