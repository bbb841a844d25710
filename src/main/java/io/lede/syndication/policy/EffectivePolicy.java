package io.lede.syndication.policy;

/**
 * The policy that applies to an article, the version in force and where in the cascade it came from.
 *
 * @param source {@code article}, {@code tag} or {@code publisher}
 */
public record EffectivePolicy(long id, int version, String name, PolicyTerms terms, String source) {

    public static final String ARTICLE = "article";
    public static final String TAG = "tag";
    public static final String PUBLISHER = "publisher";
}
