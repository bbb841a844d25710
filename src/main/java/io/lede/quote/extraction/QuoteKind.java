package io.lede.quote.extraction;

/** How a quotation reports speech. */
public enum QuoteKind {
    /** Whole sentences in quotation marks: “We are ready,” she said. */
    DIRECT,
    /** A quoted fragment inside reported speech: she said the plan was “a lifeline”. */
    MIXED,
    /** Reported speech with no quotation marks: she said that the plan would work. */
    INDIRECT
}
