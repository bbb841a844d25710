package io.lede.ingest;

/**
 * What a page's copyright footer says: who holds the rights, since when, whom to credit, and on what terms excerpts
 * may be used. Any part may be null when the footer does not say it.
 */
public record RightsFooter(
        String holder,
        Integer year,
        String creditTo,
        String creditUrl,
        String excerptTerms,
        boolean excerptsAllowed,
        boolean linkRequired,
        String text) {}
