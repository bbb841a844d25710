package io.lede.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What a served read answers with, before it is serialised: the body, when it last changed, the surrogate keys of
 * what it shows and the articles whose comments or comment counts it shows (whose comment versions it is built
 * with). A body that is a {@link io.lede.web.Page} gets its {@code Link: rel="next"} from the front door. It may
 * carry response headers of its own (a partner answer's {@code Link} relations, {@code tdm-reservation}) and a time
 * after which it must be rebuilt even if content has not changed (an embargo that ends).
 */
public record Representation(
        Object body,
        Instant lastModified,
        List<SurrogateKey> keys,
        List<Long> commentsOf,
        Map<String, String> headers,
        Instant freshUntil) {

    public Representation(Object body, Instant lastModified, List<SurrogateKey> keys, List<Long> commentsOf) {
        this(body, lastModified, keys, commentsOf, Map.of(), null);
    }

    public static Representation of(Object body, Instant lastModified, SurrogateKey... keys) {
        return new Representation(body, lastModified, List.of(keys), List.of());
    }

    /** Adds a key for each of these ids, after the keys already named. */
    public Representation withKeys(Collection<Long> ids, LongFunction<SurrogateKey> key) {
        List<SurrogateKey> all = new ArrayList<>(keys);
        ids.forEach(id -> all.add(key.apply(id)));
        return new Representation(body, lastModified, List.copyOf(all), commentsOf, headers, freshUntil);
    }

    /** The body shows these articles' comments or comment counts: it is rebuilt when one of them moves. */
    public Representation showingCommentsOf(Collection<Long> articleIds) {
        return new Representation(body, lastModified, keys, List.copyOf(articleIds), headers, freshUntil);
    }

    /** Sends this header with the answer; a {@code Link} is joined with the front door's own. */
    public Representation withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Representation(body, lastModified, keys, commentsOf, Map.copyOf(all), freshUntil);
    }

    /** The answer is rebuilt at this time (null: only when content changes). */
    public Representation freshUntil(Instant time) {
        return new Representation(body, lastModified, keys, commentsOf, headers, time);
    }
}
