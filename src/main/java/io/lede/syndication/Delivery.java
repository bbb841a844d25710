package io.lede.syndication;

/** What a partner request delivered of an article, for the usage ledger. */
public enum Delivery {
    /** The article without its text: a reference, a tombstone, an article whose policy allows no excerpt. */
    request,
    /** The article with an excerpt cut by its policy. */
    excerpt,
    /** The article with its full text, for a tier its policy grants it to. */
    fullText
}
