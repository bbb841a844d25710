package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Conditional responses for public reads: a strong ETag over the exact JSON sent, Last-Modified, shared-cache
 * directives, and a Surrogate-Key naming what a CDN should purge when it changes.
 */
@ApplicationScoped
public class PublicCaching {

    public static final String SURROGATE_KEY = "Surrogate-Key";

    private final ObjectMapper json;
    private final String cacheControl;

    public PublicCaching(ObjectMapper json, LedeConfig config) {
        this.json = json;
        LedeConfig.Cache cache = config.cache();
        this.cacheControl = "public, max-age=" + cache.maxAge() + ", s-maxage=" + cache.sMaxage()
                + ", stale-while-revalidate=" + cache.staleWhileRevalidate();
    }

    public <T> RestResponse<T> conditional(
            Request request, T body, Instant lastModified, Collection<String> surrogateKeys) {
        return conditional(request, body, lastModified, surrogateKeys, null);
    }

    /** As above, with a {@code Link: rel="next"} to the following page when there is one. */
    public <T> RestResponse<T> conditional(
            Request request, T body, Instant lastModified, Collection<String> surrogateKeys, String nextPage) {
        EntityTag etag = etagOf(body);
        Date modified = Date.from(lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        boolean notModified = request.evaluatePreconditions(modified, etag) != null;
        RestResponse.ResponseBuilder<T> response = notModified
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body);
        response.tag(etag)
                .lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(SURROGATE_KEY, String.join(" ", surrogateKeys));
        if (nextPage != null) {
            response.header("Link", "<" + nextPage + ">; rel=\"next\"");
        }
        return response.build();
    }

    private EntityTag etagOf(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return new EntityTag(Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 32));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
