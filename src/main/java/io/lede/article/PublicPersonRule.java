package io.lede.article;

/**
 * One reason a person may be shown to the public, as a JPQL condition on the person alias {@code p} (it may use the
 * parameter {@link ArticleVisibility#NOW}). A person is public when any rule holds: articles contribute bylines of
 * published articles, and other features contribute theirs (quotations: the speaker of a public quotation), so no
 * feature restates another's idea of what is public.
 */
public interface PublicPersonRule {

    String condition();
}
