package io.lede.quote.extraction;

/**
 * How the subject of a reporting cue is named, by UTF-16 index into the article.
 *
 * @param name for a NAME, the name without title or honorific ("Tove Aas"); otherwise null
 * @param title for a NAME, the title or honorific written before it ("President", "Ms."); otherwise null
 * @param appositive a role given beside a name ("deputy minister of transport"), or the description itself
 */
record Mention(Kind kind, String text, int start, int end, String name, String title, String appositive) {

    enum Kind {
        NAME,
        PRONOUN,
        DESCRIPTION
    }
}
