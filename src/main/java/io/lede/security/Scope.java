package io.lede.security;

import java.util.List;

/** The permissions a staff token can carry. */
public final class Scope {

    public static final String ARTICLES_WRITE = "articles:write";
    public static final String TOKENS_MANAGE = "tokens:manage";
    public static final String COMMENTS_MODERATE = "comments:moderate";
    public static final String PARTNERS_MANAGE = "partners:manage";
    /** Read the change feed: every public change, unfiltered by any partner policy. */
    public static final String CHANGES_READ = "changes:read";
    /** Subscribe URLs to change events, read and redeliver their deliveries. */
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    public static final List<String> ALL =
            List.of(ARTICLES_WRITE, TOKENS_MANAGE, COMMENTS_MODERATE, PARTNERS_MANAGE, CHANGES_READ, WEBHOOKS_MANAGE);

    public static final String PATTERN =
            "^(articles:write|tokens:manage|comments:moderate|partners:manage|changes:read|webhooks:manage)$";

    private Scope() {}
}
