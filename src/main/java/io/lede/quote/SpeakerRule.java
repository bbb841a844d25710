package io.lede.quote;

import io.lede.article.PublicPersonRule;
import jakarta.enterprise.context.ApplicationScoped;

/** The speaker of a public quotation is public; one quoted only in drafts or suggestions is not. */
@ApplicationScoped
class SpeakerRule implements PublicPersonRule {

    @Override
    public String condition() {
        return "exists (select 1 from Quote q join q.article a where q.speaker = p and " + QuoteQueries.PUBLIC + ")";
    }
}
