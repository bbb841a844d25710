package io.lede.quote;

import io.lede.quote.QuoteQueries.Dated;
import io.lede.web.PublicCaching;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Request;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Public quotation answers are cacheable and name the articles they quote, so a CDN can purge them. */
@ApplicationScoped
class QuoteResponses {

    private final PublicCaching caching;

    QuoteResponses(PublicCaching caching) {
        this.caching = caching;
    }

    <T> RestResponse<T> conditional(Request request, Dated<T> answer, String nextPage) {
        List<String> keys = new ArrayList<>(List.of("quotes"));
        answer.articleIds().forEach(id -> keys.add("article-" + id));
        return caching.conditional(request, answer.body(), answer.lastModified(), keys, nextPage);
    }
}
