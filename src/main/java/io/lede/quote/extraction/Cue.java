package io.lede.quote.extraction;

/**
 * A reporting verb or phrase outside quotation marks, by UTF-16 index, with its subject when one was found.
 *
 * @param subject who the cue says spoke; null when its subject is not a person, organisation or pronoun
 * @param backgrounded whether it reports an earlier statement ("the mayor had promised"), whose speaker is not
 *     someone a later pronoun refers to
 * @param predicate whether it is no reporting verb but the predicate of a sentence whose subject is a person and
 *     which holds a quoted fragment ("Lund dismissed the plan as “a fig leaf”"): weaker evidence of speech
 */
record Cue(int start, int end, String text, int paragraph, Mention subject, boolean backgrounded, boolean predicate) {

    Cue(int start, int end, String text, int paragraph, Mention subject, boolean backgrounded) {
        this(start, end, text, paragraph, subject, backgrounded, false);
    }

    /** Where the attribution begins: its subject when written first ("he said"), else the cue ("said Doe"). */
    int attributionStart() {
        return subject != null && subject.start() < start ? subject.start() : start;
    }

    /** Where the attribution ends: its subject when written after the cue ("according to Doe"), else the cue. */
    int attributionEnd() {
        return subject != null && subject.end() > end ? subject.end() : end;
    }
}
