package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;

/** A run of capitalised words split into its leading titles or honorific and the name proper. */
record NameRun(String title, String name, int nameOffset) {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Parses a run such as "But President Tove Aas"; null when no name word is left. */
    static NameRun parse(String run) {
        String[] words = WHITESPACE.split(run.trim());
        int first = 0;
        List<String> titles = new ArrayList<>(2);
        while (first < words.length) {
            String word = words[first];
            if (Lexicon.isHonorific(word) || Lexicon.isTitle(word)) {
                titles.add(word);
            } else if (!Lexicon.NOT_NAMES.contains(Lexicon.key(word))) {
                break;
            } else {
                titles.clear();
            }
            first++;
        }
        if (first >= words.length) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        return new NameRun(titles.isEmpty() ? null : String.join(" ", titles), name, run.indexOf(name));
    }

    String surname() {
        int space = name.lastIndexOf(' ');
        return Lexicon.key(space < 0 ? name : name.substring(space + 1));
    }

    int wordCount() {
        return name.split(" ").length;
    }
}
