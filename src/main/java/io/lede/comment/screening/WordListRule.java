package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site's own lists: blocked words make a comment spam, held words hold it. Entries match whole words in any
 * case, so "ass" does not catch "class"; an entry of several words matches them in sequence. The author's name is
 * checked too, because link-farm names ("Cheap Pills Online") are a favourite place to hide.
 */
final class WordListRule implements ScreeningRule {

    @Override
    public List<Reason> check(Analysis comment) {
        ScreeningPolicy policy = comment.policy();
        if (policy.blockedWords().isEmpty() && policy.heldWords().isEmpty()) {
            return List.of();
        }
        // The body's words, then the name's: a phrase may run from the end of one into the other.
        List<String> words = new ArrayList<>(comment.words());
        words.addAll(TextFeatures.words(comment.submission().authorName()));
        List<Reason> reasons = new ArrayList<>();
        Set<String> blocked = matches(words, policy.blockedWords());
        if (!blocked.isEmpty()) {
            reasons.add(Reason.spam(ReasonCode.BLOCKED_WORD, 1.0, String.join(", ", blocked)));
        }
        Set<String> held = matches(words, policy.heldWords());
        if (!held.isEmpty()) {
            reasons.add(Reason.hold(ReasonCode.HELD_WORD, 1.0, String.join(", ", held)));
        }
        return reasons;
    }

    private static Set<String> matches(List<String> words, Set<String> entries) {
        Set<String> found = new TreeSet<>();
        for (String entry : entries) {
            List<String> phrase = TextFeatures.words(entry);
            if (!phrase.isEmpty() && Collections.indexOfSubList(words, phrase) >= 0) {
                found.add(String.join(" ", phrase));
            }
        }
        return found;
    }
}
