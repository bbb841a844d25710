package io.lede.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What a served read answers with, before it is serialised: the body, when it last changed, the surrogate keys of
 * what it shows and the articles whose comments or comment counts it shows (whose comment versions it is built
 * with). A body that is a {@link io.lede.web.Page} gets its {@code Link: rel="next"} from the front door.
 */
public record Representation(
        Object body,
        Instant lastModified,
        List<SurrogateKey> keys,
        List<Long> commentsOf,
        boolean rankedByComments,
        Selection selection) {

    public Representation(Object body, Instant lastModified, List<SurrogateKey> keys, List<Long> commentsOf) {
        this(body, lastModified, keys, commentsOf, false, null);
    }

    /**
     * Serialise only the members the request's {@code fields} selected (null: all); on a list, of each item. See
     * {@link FieldSelection}.
     */
    public Representation selecting(Selection members) {
        return new Representation(body, lastModified, keys, commentsOf, rankedByComments, members);
    }

    public static Representation of(Object body, Instant lastModified, SurrogateKey... keys) {
        return new Representation(body, lastModified, List.of(keys), List.of());
    }

    /** Adds a key for each of these ids, after the keys already named. */
    public Representation withKeys(Collection<Long> ids, LongFunction<SurrogateKey> key) {
        List<SurrogateKey> all = new ArrayList<>(keys);
        ids.forEach(id -> all.add(key.apply(id)));
        return new Representation(body, lastModified, List.copyOf(all), commentsOf, rankedByComments, selection);
    }

    /** The body shows these articles' comments or comment counts: it is rebuilt when one of them moves. */
    public Representation showingCommentsOf(Collection<Long> articleIds) {
        return new Representation(body, lastModified, keys, List.copyOf(articleIds), rankedByComments, selection);
    }

    /**
     * When {@code ranked}, which articles the body shows depends on every article's comment count (a most-commented
     * list): it is rebuilt when any comment changes, not only those of the articles it shows.
     */
    public Representation rankedByComments(boolean ranked) {
        return new Representation(body, lastModified, keys, commentsOf, ranked, selection);
    }
}
