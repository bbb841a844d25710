package io.lede.search;

/**
 * Text folded for matching ({@link Folding}), with the way back: for each folded char, where it came from in the
 * original, so a match in the folded text can be marked in the text as written.
 */
record FoldedText(String folded, int[] origins, int length) {

    static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origins = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            String piece = Folding.fold(new String(Character.toChars(codePoint)));
            for (int k = 0; k < piece.length(); k++) {
                origins[folded.length()] = i;
                folded.append(piece.charAt(k));
            }
            i += Character.charCount(codePoint);
        }
        origins[folded.length()] = text.length();
        return new FoldedText(folded.toString(), origins, text.length());
    }

    /** Where the folded position {@code at} (or the end, at the folded length) lies in the original text. */
    int original(int at) {
        return origins[at];
    }
}
