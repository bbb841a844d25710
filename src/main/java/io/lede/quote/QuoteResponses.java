package io.lede.quote;

import io.lede.quote.QuoteQueries.Dated;
import io.lede.web.ProblemException;
import io.lede.web.PublicCaching;
import io.lede.web.PublicCaching.Representation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Public quotation answers are cached and name the articles they quote, so a CDN can purge them. */
@ApplicationScoped
class QuoteResponses {

    private final PublicCaching caching;

    QuoteResponses(PublicCaching caching) {
        this.caching = caching;
    }

    <T> Response cached(
            Request request,
            UriInfo uri,
            Supplier<Optional<Dated<T>>> answer,
            Function<T, String> nextPage,
            Supplier<ProblemException> missing) {
        return caching.cached(
                request,
                uri,
                () -> answer.get().map(dated -> {
                    List<String> keys = new ArrayList<>(List.of("quotes"));
                    dated.articleIds().forEach(id -> keys.add("article-" + id));
                    return new Representation(dated.body(), dated.lastModified(), keys, nextPage.apply(dated.body()));
                }),
                missing);
    }
}
