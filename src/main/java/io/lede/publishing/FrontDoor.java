package io.lede.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lede.web.DatabaseAvailability;
import io.lede.web.Paged;
import io.lede.web.Paging;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every served read goes through here: built once and served from memory until content changes, as the exact bytes,
 * a strong ETag over them, Last-Modified, cache directives for its audience and a Surrogate-Key naming what a CDN
 * should purge; conditional requests are answered from memory too (a 304 costs a map lookup). Answers are kept per
 * request target and {@link Variant} (audience and media type). While the database cannot be reached, an answer
 * that content has since outdated is served as it was rather than not at all (as {@code stale-if-error} would);
 * only what was never cached answers 503. The memory budget is a weight in bytes: when it is spent, the least
 * valuable answers (Caffeine's frequency and recency) go.
 */
@ApplicationScoped
public class FrontDoor {

    private static final String SURROGATE_KEY = "Surrogate-Key";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private record Key(Variant variant, String target) {}

    /**
     * A remembered answer: its body and every header it is sent with (but Content-Type and Vary, which the variant
     * and {@link io.lede.web.ResponseHeaders} add), as the exact strings both the resources and {@link
     * RememberedReads} write.
     */
    record Cached(
            long generation,
            byte[] body,
            String etag,
            Instant lastModified,
            List<Map.Entry<String, String>> headers,
            String surrogateKeys,
            long[] commentsOf,
            long[] commentVersions,
            long allCommentsAt,
            Instant freshUntil,
            String pathTemplate,
            Object note) {

        private static final int OVERHEAD_BYTES = 512;

        int weight(Key key) {
            return body.length + 2 * (key.target().length() + 2 * surrogateKeys.length()) + OVERHEAD_BYTES;
        }
    }

    private final ObjectMapper json;
    private final ContentVersion versions;
    private final DatabaseAvailability database;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final CurrentVertxRequest vertxRequest;
    private final Instance<AnswerLinks> answerLinks;
    private final String sharedCacheControl;
    private final Cache<Key, Cached> responses;

    public FrontDoor(
            ObjectMapper json,
            ContentVersion versions,
            DatabaseAvailability database,
            HttpHeaders headers,
            UriInfo uri,
            CurrentVertxRequest vertxRequest,
            Instance<AnswerLinks> answerLinks,
            CacheConfig cache,
            MeterRegistry metrics) {
        this.json = json;
        this.versions = versions;
        this.database = database;
        this.headers = headers;
        this.uri = uri;
        this.vertxRequest = vertxRequest;
        this.answerLinks = answerLinks;
        this.responses = Caffeine.newBuilder()
                .maximumWeight(cache.memoryMb() * 1024L * 1024L)
                .weigher((Key key, Cached cached) -> cached.weight(key))
                .executor(Runnable::run)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(metrics, responses, "public-responses");
        this.sharedCacheControl = "public, max-age=" + cache.maxAge() + ", s-maxage=" + cache.sMaxage()
                + ", stale-while-revalidate=" + cache.staleWhileRevalidate();
    }

    /** Answers the current public GET, which always has an answer (a list). */
    public Response serve(Supplier<Representation> build) {
        return serve(Variant.PUBLIC_JSON, () -> Optional.of(build.get()), null);
    }

    /** Answers the current public GET, or with {@code missing}'s problem when {@code find} finds nothing. */
    public Response serve(Supplier<Optional<Representation>> find, Supplier<ProblemException> missing) {
        return serve(Variant.PUBLIC_JSON, find, missing);
    }

    /**
     * Answers the current GET in this variant from memory, building it with {@code find} when content has changed
     * since it was last built; an empty build answers with {@code missing}'s problem and is not remembered.
     */
    public Response serve(
            Variant variant, Supplier<Optional<Representation>> find, Supplier<ProblemException> missing) {
        return serve(variant, find, missing, note -> {});
    }

    /**
     * As {@link #serve(Variant, Supplier, Supplier)}, handing {@code delivered} the answer's {@link
     * Representation#note()} whenever it is sent with its body (not for a 304), whether it was built or remembered.
     */
    public Response serve(
            Variant variant,
            Supplier<Optional<Representation>> find,
            Supplier<ProblemException> missing,
            Consumer<Object> delivered) {
        Cached cached = answer(variant, find, missing);
        Response response = respond(variant, cached);
        if (response.getStatus() == 200 && cached.note() != null) {
            delivered.accept(cached.note());
        }
        return response;
    }

    /** The remembered answer when it is current (or the database is away), else a new one. */
    private Cached answer(
            Variant variant, Supplier<Optional<Representation>> find, Supplier<ProblemException> missing) {
        long generation = versions.generation();
        Key key = new Key(variant, uri.getRequestUri().toString());
        Cached cached = responses.getIfPresent(key);
        if (cached != null && current(cached, generation)) {
            return cached;
        }
        if (cached != null && !database.reachable()) {
            return cached;
        }
        long commentChanges = versions.commentChanges();
        Cached response;
        try {
            response = serialise(variant, generation, commentChanges, find.get().orElseThrow(missing));
        } catch (RuntimeException e) {
            if (cached != null && DatabaseAvailability.isUnavailable(e)) {
                database.failed(e);
                return cached;
            }
            throw e;
        }
        if (versions.generation() == generation && versions.commentChanges() == commentChanges) {
            responses.put(key, response);
        }
        return response;
    }

    /**
     * The answer remembered for this request target in this variant, when content has not outdated it; for {@link
     * RememberedReads}, which serves it without the resource.
     */
    Cached remembered(Variant variant, String target) {
        Cached cached = responses.getIfPresent(new Key(variant, target));
        return cached != null && current(cached, versions.generation()) ? cached : null;
    }

    private boolean current(Cached cached, long generation) {
        return cached.generation() == generation
                && !commentsChangedSince(cached)
                && (cached.freshUntil() == null || Instant.now().isBefore(cached.freshUntil()));
    }

    private boolean commentsChangedSince(Cached cached) {
        if (cached.allCommentsAt() >= 0 && cached.allCommentsAt() != versions.commentChanges()) {
            return true;
        }
        for (int i = 0; i < cached.commentsOf().length; i++) {
            if (versions.commentVersion(cached.commentsOf()[i]) != cached.commentVersions()[i]) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Variant variant, Cached cached) {
        ConditionalRead.Outcome outcome = ConditionalRead.evaluate(
                new ConditionalRead.Conditions(
                        headers.getHeaderString(HttpHeaders.IF_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_UNMODIFIED_SINCE),
                        headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE)),
                cached.etag(),
                cached.lastModified());
        Response.ResponseBuilder response =
                switch (outcome) {
                    case FULL -> Response.ok(cached.body(), variant.mediaType());
                    case NOT_MODIFIED -> Response.notModified();
                    case PRECONDITION_FAILED ->
                        throw Problems.preconditionFailed("The answer's current ETag is "
                                + cached.etag() + ", last modified " + HTTP_DATE.format(cached.lastModified())
                                + "; it does not meet the If-Match or If-Unmodified-Since condition sent.");
                };
        for (Map.Entry<String, String> header : cached.headers()) {
            response.header(header.getKey(), header.getValue());
        }
        return response.build();
    }

    /** The matched resource's path template, which request metrics are tagged with; null outside a resource. */
    private String pathTemplate() {
        RoutingContext context = vertxRequest.getCurrent();
        return context == null ? null : PathTemplates.of(context);
    }

    /** Only an answer for anyone may be kept by shared caches; any other is its caller's alone. */
    private String cacheControl(Audience audience) {
        return audience.shared() ? sharedCacheControl : "private, no-cache";
    }

    /**
     * The body, or the tree of its selected members (of each item of a list); a body of bytes is already in its
     * variant's media type (XML).
     */
    private Object selected(Representation representation) {
        if (representation.selection() == null) {
            return representation.body();
        }
        JsonNode tree = json.valueToTree(representation.body());
        if (representation.body() instanceof Paged && tree.get("items") != null) {
            representation.selection().apply(tree.get("items"));
        } else {
            representation.selection().apply(tree);
        }
        return tree;
    }

    private Cached serialise(Variant variant, long generation, long commentChanges, Representation representation) {
        try {
            byte[] body = representation.body() instanceof byte[] bytes
                    ? bytes
                    : json.writeValueAsBytes(selected(representation));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            String etag = '"'
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 32)
                    + '"';
            long[] commentsOf = representation.commentsOf().stream()
                    .mapToLong(Long::longValue)
                    .distinct()
                    .toArray();
            long[] commentVersions = new long[commentsOf.length];
            for (int i = 0; i < commentsOf.length; i++) {
                commentVersions[i] = versions.commentVersion(commentsOf[i]);
            }
            Instant lastModified = representation.lastModified().truncatedTo(ChronoUnit.SECONDS);
            String surrogateKeys =
                    representation.keys().stream().map(SurrogateKey::value).collect(Collectors.joining(" "));
            List<Map.Entry<String, String>> sent = new ArrayList<>();
            sent.add(Map.entry(HttpHeaders.ETAG, etag));
            sent.add(Map.entry(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified)));
            sent.add(Map.entry(HttpHeaders.CACHE_CONTROL, cacheControl(variant.audience())));
            sent.add(Map.entry(SURROGATE_KEY, surrogateKeys));
            String next = representation.body() instanceof Paged page ? Paging.nextPageUrl(page, uri) : null;
            String link = next == null ? null : "<" + next + ">; rel=\"next\"";
            for (Map.Entry<String, String> header : representation.headers().entrySet()) {
                if (header.getKey().equalsIgnoreCase("Link")) {
                    link = link == null ? header.getValue() : header.getValue() + ", " + link;
                } else {
                    sent.add(Map.entry(header.getKey(), header.getValue()));
                }
            }
            // Other features' links go in a Link field of their own, before the front door's (RFC 9110 allows
            // several), so that the answer's own relations stay one field as clients have always read them.
            for (AnswerLinks feature : answerLinks) {
                feature.linksFor(uri).ifPresent(more -> sent.add(Map.entry("Link", more)));
            }
            if (link != null) {
                sent.add(Map.entry("Link", link));
            }
            return new Cached(
                    generation,
                    body,
                    etag,
                    lastModified,
                    List.copyOf(sent),
                    surrogateKeys,
                    commentsOf,
                    commentVersions,
                    representation.rankedByComments() ? commentChanges : -1,
                    representation.freshUntil(),
                    pathTemplate(),
                    representation.note());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
