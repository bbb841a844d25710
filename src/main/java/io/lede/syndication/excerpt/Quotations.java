package io.lede.syndication.excerpt;

/**
 * Where a paragraph's quotations are: for each position, whether it falls between an opening mark and its closing
 * mark. Curly marks (“ ”) and guillemets (« ») nest; a straight double quote opens or closes by turns. A quotation
 * still open at the paragraph's end (the convention for one that runs on into the next paragraph) covers the rest of
 * the paragraph.
 */
final class Quotations {

    private final boolean[] inside;
    private final int firstOpening;

    private Quotations(boolean[] inside, int firstOpening) {
        this.inside = inside;
        this.firstOpening = firstOpening;
    }

    static Quotations of(String paragraph) {
        boolean[] inside = new boolean[paragraph.length() + 1];
        int curly = 0;
        int guillemets = 0;
        boolean straight = false;
        int first = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            inside[i] = curly > 0 || guillemets > 0 || straight;
            char c = paragraph.charAt(i);
            boolean opens = false;
            switch (c) {
                case '“' -> {
                    curly++;
                    opens = true;
                }
                case '”' -> curly = Math.max(0, curly - 1);
                case '«' -> {
                    guillemets++;
                    opens = true;
                }
                case '»' -> guillemets = Math.max(0, guillemets - 1);
                case '"' -> {
                    opens = !straight;
                    straight = !straight;
                }
                default -> {}
            }
            if (opens && first < 0) {
                first = i;
            }
        }
        inside[paragraph.length()] = curly > 0 || guillemets > 0 || straight;
        return new Quotations(inside, first);
    }

    /** Whether a cut at this UTF-16 index would leave a quotation open. */
    boolean inside(int index) {
        return inside[index];
    }

    /** The index of the first opening mark, or -1 when the paragraph quotes no one. */
    int firstOpening() {
        return firstOpening;
    }
}
