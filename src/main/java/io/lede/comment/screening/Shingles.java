package io.lede.comment.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Overlapping runs of words, the unit near-duplicate detection compares. */
final class Shingles {

    private Shingles() {}

    /** A text shorter than one shingle is its own single shingle. */
    static Set<String> of(List<String> words, int size) {
        Set<String> shingles = new HashSet<>();
        if (words.size() <= size) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) (a.size() + b.size() - common.size());
    }
}
