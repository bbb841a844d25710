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
 * carry response headers of its own (a partner answer's {@code Link} relations, {@code tdm-reservation}), a time
 * after which it must be rebuilt even if content has not changed (an embargo that ends), the members a request's
 * {@code fields} selected, and a note for the caller's own accounting of what each answer delivered (a partner's
 * usage), which is kept with the answer and never sent.
 */
public record Representation(
        Object body,
        Instant lastModified,
        List<SurrogateKey> keys,
        List<Long> commentsOf,
        boolean rankedByComments,
        Selection selection,
        Map<String, String> headers,
        Instant freshUntil,
        Object note) {

    public Representation(Object body, Instant lastModified, List<SurrogateKey> keys, List<Long> commentsOf) {
        this(body, lastModified, keys, commentsOf, false, null, Map.of(), null, null);
    }

    public static Representation of(Object body, Instant lastModified, SurrogateKey... keys) {
        return new Representation(body, lastModified, List.of(keys), List.of());
    }

    /**
     * Serialise only the members the request's {@code fields} selected (null: all); on a list, of each item. See
     * {@link FieldSelection}.
     */
    public Representation selecting(Selection members) {
        return new Representation(
                body, lastModified, keys, commentsOf, rankedByComments, members, headers, freshUntil, note);
    }

    /** Adds a key for each of these ids, after the keys already named. */
    public Representation withKeys(Collection<Long> ids, LongFunction<SurrogateKey> key) {
        List<SurrogateKey> all = new ArrayList<>(keys);
        ids.forEach(id -> all.add(key.apply(id)));
        return new Representation(
                body,
                lastModified,
                List.copyOf(all),
                commentsOf,
                rankedByComments,
                selection,
                headers,
                freshUntil,
                note);
    }

    /** The body shows these articles' comments or comment counts: it is rebuilt when one of them moves. */
    public Representation showingCommentsOf(Collection<Long> articleIds) {
        return new Representation(
                body,
                lastModified,
                keys,
                List.copyOf(articleIds),
                rankedByComments,
                selection,
                headers,
                freshUntil,
                note);
    }

    /**
     * When {@code ranked}, which articles the body shows depends on every article's comment count (a most-commented
     * list): it is rebuilt when any comment changes, not only those of the articles it shows.
     */
    public Representation rankedByComments(boolean ranked) {
        return new Representation(body, lastModified, keys, commentsOf, ranked, selection, headers, freshUntil, note);
    }

    /** Sends this header with the answer; a {@code Link} is joined with the front door's own. */
    public Representation withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Representation(
                body, lastModified, keys, commentsOf, rankedByComments, selection, Map.copyOf(all), freshUntil, note);
    }

    /** Keeps this note with the answer, for {@link FrontDoor#serve(Variant, java.util.function.Supplier,
     * java.util.function.Supplier, java.util.function.Consumer)} to hand back each time the answer is sent. */
    public Representation noting(Object what) {
        return new Representation(
                body, lastModified, keys, commentsOf, rankedByComments, selection, headers, freshUntil, what);
    }

    /** The answer is rebuilt at this time (null: only when content changes). */
    public Representation freshUntil(Instant time) {
        return new Representation(
                body, lastModified, keys, commentsOf, rankedByComments, selection, headers, time, note);
    }
}
