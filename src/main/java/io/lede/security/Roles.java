package io.lede.security;

/** Roles that are not staff scopes. */
public final class Roles {

    /** Every caller authenticated by a partner key. */
    public static final String PARTNER = "partner";

    private Roles() {}
}
