package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Public reads, built once and served from memory until content changes: the exact JSON bytes, a strong ETag over
 * them, Last-Modified, shared-cache directives and a Surrogate-Key naming what a CDN should purge. A 304 costs a
 * map lookup. While the database cannot be reached, a response that content has since outdated is served as it
 * was rather than not at all (as {@code stale-if-error} would); only what was never cached answers 503. The memory
 * budget is a weight in bytes: when it is spent, the least valuable answers (Caffeine's frequency and recency) go.
 */
@ApplicationScoped
public class PublicCaching {

    public static final String SURROGATE_KEY = "Surrogate-Key";

    /**
     * What a public read answers with, before it is serialised.
     *
     * @param commentsOf the articles whose comments or comment counts the body shows
     */
    public record Representation(
            Object body,
            Instant lastModified,
            Collection<String> surrogateKeys,
            String nextPage,
            Collection<Long> commentsOf) {

        public Representation(Object body, Instant lastModified, Collection<String> surrogateKeys, String nextPage) {
            this(body, lastModified, surrogateKeys, nextPage, List.of());
        }
    }

    private record Cached(
            long generation,
            byte[] json,
            EntityTag etag,
            Date lastModified,
            String surrogateKeys,
            String link,
            long[] commentsOf,
            long[] commentVersions) {

        private static final int OVERHEAD_BYTES = 256;

        int weight(String key) {
            return json.length + 2 * (key.length() + surrogateKeys.length()) + OVERHEAD_BYTES;
        }
    }

    private final ObjectMapper json;
    private final ContentVersion versions;
    private final DatabaseAvailability database;
    private final String cacheControl;
    private final Cache<String, Cached> responses;

    public PublicCaching(
            ObjectMapper json,
            ContentVersion versions,
            DatabaseAvailability database,
            LedeConfig config,
            MeterRegistry metrics) {
        this.json = json;
        this.versions = versions;
        this.database = database;
        LedeConfig.Cache cache = config.cache();
        this.responses = Caffeine.newBuilder()
                .maximumWeight(cache.memoryMb() * 1024L * 1024L)
                .weigher((String key, Cached cached) -> cached.weight(key))
                .executor(Runnable::run)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(metrics, responses, "public-responses");
        this.cacheControl = "public, max-age=" + cache.maxAge() + ", s-maxage=" + cache.sMaxage()
                + ", stale-while-revalidate=" + cache.staleWhileRevalidate();
    }

    /**
     * Answers a public GET from memory, building it with {@code build} when content has changed since it was last
     * built; an empty build answers with {@code missing}'s problem and is not remembered.
     */
    public Response cached(
            Request request,
            UriInfo uri,
            Supplier<Optional<Representation>> build,
            Supplier<ProblemException> missing) {
        long generation = versions.generation();
        String key = uri.getRequestUri().toString();
        Cached cached = responses.getIfPresent(key);
        if (cached != null && cached.generation() == generation && !commentsChangedSince(cached)) {
            return respond(request, cached);
        }
        if (cached != null && !database.reachable()) {
            return respond(request, cached);
        }
        long commentChanges = versions.commentChanges();
        Cached response;
        try {
            response = serialise(generation, build.get().orElseThrow(missing));
        } catch (RuntimeException e) {
            if (cached != null && DatabaseAvailability.isUnavailable(e)) {
                database.failed(e);
                return respond(request, cached);
            }
            throw e;
        }
        if (versions.generation() == generation && versions.commentChanges() == commentChanges) {
            responses.put(key, response);
        }
        return respond(request, response);
    }

    private boolean commentsChangedSince(Cached cached) {
        for (int i = 0; i < cached.commentsOf().length; i++) {
            if (versions.commentVersion(cached.commentsOf()[i]) != cached.commentVersions()[i]) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Request request, Cached cached) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(cached.lastModified(), cached.etag());
        Response.ResponseBuilder response =
                notModified != null ? notModified : Response.ok(cached.json(), MediaType.APPLICATION_JSON_TYPE);
        response.tag(cached.etag())
                .lastModified(cached.lastModified())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(SURROGATE_KEY, cached.surrogateKeys());
        if (cached.link() != null) {
            response.header("Link", cached.link());
        }
        return response.build();
    }

    private Cached serialise(long generation, Representation representation) {
        try {
            byte[] body = json.writeValueAsBytes(representation.body());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            EntityTag etag = new EntityTag(Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 32));
            long[] commentsOf = representation.commentsOf().stream()
                    .mapToLong(Long::longValue)
                    .distinct()
                    .toArray();
            long[] commentVersions = new long[commentsOf.length];
            for (int i = 0; i < commentsOf.length; i++) {
                commentVersions[i] = versions.commentVersion(commentsOf[i]);
            }
            return new Cached(
                    generation,
                    body,
                    etag,
                    Date.from(representation.lastModified().truncatedTo(ChronoUnit.SECONDS)),
                    String.join(" ", representation.surrogateKeys()),
                    representation.nextPage() == null ? null : "<" + representation.nextPage() + ">; rel=\"next\"",
                    commentsOf,
                    commentVersions);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
