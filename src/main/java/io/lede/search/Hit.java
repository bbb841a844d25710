package io.lede.search;

import java.time.Instant;

/** One hit as the database found it; {@code snippet} carries {@link Highlights} markers around matched words. */
record Hit(
        HitType type,
        long id,
        double score,
        String slug,
        String title,
        Instant publishedAt,
        Instant lastModified,
        Long articleId,
        String articleSlug,
        String articleTitle,
        String speakerSlug,
        String speakerName,
        String snippet) {}
