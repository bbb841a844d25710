package io.lede.security;

import java.util.List;

/** The permissions a staff token can carry. */
public final class Scope {

    public static final String ARTICLES_WRITE = "articles:write";
    public static final String TOKENS_MANAGE = "tokens:manage";
    public static final String COMMENTS_MODERATE = "comments:moderate";
    public static final String PARTNERS_MANAGE = "partners:manage";

    public static final List<String> ALL = List.of(ARTICLES_WRITE, TOKENS_MANAGE, COMMENTS_MODERATE, PARTNERS_MANAGE);

    public static final String PATTERN = "^(articles:write|tokens:manage|comments:moderate|partners:manage)$";

    private Scope() {}
}
