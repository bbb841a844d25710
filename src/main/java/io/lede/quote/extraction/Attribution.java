package io.lede.quote.extraction;

/**
 * What a quoted span turned out to be. A span that is not speech (a scare quote, nickname or title) gets none.
 *
 * @param cue the cue that attributes it; null for a quotation with no cue of its own, which follows on from the
 *     previous speaker
 */
record Attribution(QuoteKind kind, Cue cue) {

    boolean floating() {
        return cue == null;
    }
}
