package io.lede.quote.extraction;

/**
 * Who said it, as far as the article tells.
 *
 * @param name the fullest form of the person's name seen in the article ("Jane Doe" for "Ms. Doe"); null when the
 *     article only describes the speaker ("a port official")
 * @param role the job or description given in apposition or as a title, without a leading article; null if none
 * @param affiliation the organisation named in the role ("Harbour Authority"); null if none
 * @param kind a person, an organisation, an unresolved description or a document
 */
public record Speaker(String name, String role, String affiliation, SpeakerKind kind) {

    public Speaker(String name, String role, String affiliation) {
        this(name, role, affiliation, SpeakerKind.of(name, role));
    }
}
