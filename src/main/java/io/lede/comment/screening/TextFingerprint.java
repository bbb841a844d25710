package io.lede.comment.screening;

import java.util.Arrays;
import java.util.List;

/**
 * What duplicate detection keeps of a text: a hash of its lowercase words in order, and the sorted, distinct hashes
 * of its overlapping runs of words (shingles). A comment is fingerprinted once and compared with many new ones, so
 * comparing is a merge of two sorted arrays rather than re-reading two texts. Hashes are 64 bits, so two different
 * texts share one by chance about once in 10^19 comparisons.
 */
public final class TextFingerprint {

    private final int wordCount;
    private final long wordsHash;
    private final long[] shingles;

    private TextFingerprint(int wordCount, long wordsHash, long[] shingles) {
        this.wordCount = wordCount;
        this.wordsHash = wordsHash;
        this.shingles = shingles;
    }

    /** A text shorter than one shingle is its own single shingle. */
    public static TextFingerprint of(String text, int shingleWords) {
        return of(TextFeatures.words(text), shingleWords);
    }

    /** The fingerprint of a text's {@link TextFeatures#words}. */
    static TextFingerprint of(List<String> words, int shingleWords) {
        long[] wordHashes = words.stream().mapToLong(TextFingerprint::hash).toArray();
        long wordsHash = combine(wordHashes, 0, wordHashes.length);
        if (wordHashes.length <= shingleWords) {
            return new TextFingerprint(words.size(), wordsHash, new long[] {wordsHash});
        }
        long[] shingles = new long[wordHashes.length - shingleWords + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = combine(wordHashes, i, i + shingleWords);
        }
        return new TextFingerprint(
                words.size(),
                wordsHash,
                Arrays.stream(shingles).sorted().distinct().toArray());
    }

    public int wordCount() {
        return wordCount;
    }

    public boolean sameWords(TextFingerprint other) {
        return wordCount == other.wordCount && wordsHash == other.wordsHash;
    }

    /** Jaccard similarity of the two shingle sets: shared shingles over all distinct shingles. */
    public double similarity(TextFingerprint other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < shingles.length && j < other.shingles.length) {
            int order = Long.compare(shingles[i], other.shingles[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) (shingles.length + other.shingles.length - shared);
    }

    /**
     * {@link #similarity}, worked out only when it can reach {@code threshold}; otherwise a value below it. Two sets
     * share at most the smaller one's shingles, so their Jaccard index is at most the smaller size over the larger:
     * a pair whose sizes are too far apart for the threshold needs no comparing.
     */
    double similarityIfAtLeast(TextFingerprint other, double threshold) {
        int smaller = Math.min(shingles.length, other.shingles.length);
        int larger = Math.max(shingles.length, other.shingles.length);
        if (smaller / (double) larger < threshold) {
            return -1;
        }
        return similarity(other);
    }

    /** FNV-1a over the word's UTF-16 units, then a final mix so nearby words spread over all 64 bits. */
    private static long hash(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
        }
        return mix(hash);
    }

    private static long combine(long[] wordHashes, int from, int to) {
        long hash = to - from;
        for (int i = from; i < to; i++) {
            hash = mix(hash * 0x9e3779b97f4a7c15L + wordHashes[i]);
        }
        return hash;
    }

    /** The finaliser of MurmurHash3's 64-bit variant. */
    private static long mix(long value) {
        long mixed = value;
        mixed = (mixed ^ (mixed >>> 33)) * 0xff51afd7ed558ccdL;
        mixed = (mixed ^ (mixed >>> 33)) * 0xc4ceb93fe53e4b87L;
        return mixed ^ (mixed >>> 33);
    }
}
