package io.lede.comment.screening;

import java.util.List;

/** The layers in the order they run, cheapest and most certain first; the order is also the order of reasons. */
final class ScreeningRules {

    private ScreeningRules() {}

    static List<ScreeningRule> all(SpamClassifier classifier) {
        return List.of(
                new HoneypotRule(),
                new WordListRule(),
                new LinkCountRule(),
                new DuplicateRule(),
                new FirstTimeCommenterRule(),
                new ClassifierRule(classifier));
    }
}
