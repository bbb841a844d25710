package io.lede.quote;

import io.lede.publishing.Representation;
import io.lede.publishing.SurrogateKey;
import io.lede.quote.QuoteQueries.Dated;

/** Public quotation answers name the articles they quote, so a CDN can purge them with the article. */
final class QuoteRepresentation {

    private QuoteRepresentation() {}

    static Representation of(Dated<?> dated) {
        return Representation.of(dated.body(), dated.lastModified(), SurrogateKey.QUOTES)
                .withKeys(dated.articleIds(), SurrogateKey::article);
    }
}
