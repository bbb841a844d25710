package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;

/** A run of capitalised words split into its leading titles or honorific and the name proper. */
record NameRun(String title, String name, int nameOffset) {

    /** Parses a run such as "But President Tove Aas"; null when no name word is left. */
    static NameRun parse(String run) {
        String[] words = words(run);
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
        return wordsIn(name);
    }

    /** The words in a name whose words are separated by one space. */
    static int wordsIn(String name) {
        int count = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** The run split at whitespace, without a regular expression: this runs for every capitalised word in a text. */
    private static String[] words(String run) {
        List<String> words = new ArrayList<>(4);
        int i = 0;
        int length = run.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(run.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(run.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(run.substring(start, i));
            }
        }
        return words.toArray(new String[0]);
    }
}
