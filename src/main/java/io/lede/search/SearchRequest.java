package io.lede.search;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A search: the words (websearch syntax) and filters; every filter is optional. A filter that a type of hit does
 * not have leaves that type out: people have no tag, author, article or date, and only quotations have a speaker.
 */
public record SearchRequest(
        String text,
        Set<HitType> types,
        String tag,
        String author,
        String speaker,
        String article,
        Instant since,
        Instant until) {

    /** A search for one type of hit. */
    public static SearchRequest of(
            HitType type, String text, String speaker, String article, Instant since, Instant until) {
        return new SearchRequest(text, EnumSet.of(type), null, null, speaker, article, since, until);
    }

    boolean wants(HitType type) {
        if (!types.contains(type)) {
            return false;
        }
        return switch (type) {
            case ARTICLE -> speaker == null;
            case QUOTE -> true;
            case PERSON ->
                tag == null && author == null && speaker == null && article == null && since == null && until == null;
        };
    }
}
