package io.lede.article;

import java.util.Collection;
import java.util.Map;

/**
 * How many comments a reader sees under each article, for the {@code commentCount} of article answers. The comment
 * feature provides it; articles only read it.
 */
public interface CommentCountSource {

    /** Visible comments by article id, for a whole page of articles in one statement; absent means none. */
    Map<Long, Long> visibleFor(Collection<Long> articleIds);
}
