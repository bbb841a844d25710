package io.lede.quote.extraction;

/**
 * A reporting verb or phrase outside quotation marks, by UTF-16 index, with its subject when one was found.
 *
 * @param subject who the cue says spoke; null when its subject is not a person, organisation or pronoun
 * @param backgrounded whether it reports an earlier statement ("the mayor had promised"), whose speaker is not
 *     someone a later pronoun refers to
 */
record Cue(int start, int end, String text, int paragraph, Mention subject, boolean backgrounded) {

    /** Where the attribution begins: its subject when written first ("he said"), else the cue ("said Doe"). */
    int attributionStart() {
        return subject != null && subject.start() < start ? subject.start() : start;
    }

    /** Where the attribution ends: its subject when written after the cue ("according to Doe"), else the cue. */
    int attributionEnd() {
        return subject != null && subject.end() > end ? subject.end() : end;
    }
}
