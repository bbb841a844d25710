package io.lede.syndication.attribution;

/** What a credit line may name; any part may be empty. The canonical URL is what every credit links to. */
public record CreditFacts(
        String title, String publisher, String canonicalUrl, String authors, String copyrightHolder, Integer year) {}
