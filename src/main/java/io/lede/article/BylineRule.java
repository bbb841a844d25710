package io.lede.article;

import jakarta.enterprise.context.ApplicationScoped;

/** An author of a published article is public. */
@ApplicationScoped
class BylineRule implements PublicPersonRule {

    @Override
    public String condition() {
        return "exists (select 1 from Article a join a.authors byline where byline = p and " + ArticleVisibility.PUBLIC
                + ")";
    }
}
