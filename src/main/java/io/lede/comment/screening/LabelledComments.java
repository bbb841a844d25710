package io.lede.comment.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Comments with a known class, read from a JSON file shaped {@code {"ham": ["..."], "spam": ["..."]}}.
 *
 * <p>The seed lives in {@code comment-screening/seed.json}; every text in it was written for Lede.
 */
public record LabelledComments(List<String> ham, List<String> spam) {

    public static final String SEED = "comment-screening/seed.json";

    public LabelledComments {
        ham = List.copyOf(ham);
        spam = List.copyOf(spam);
    }

    public static LabelledComments seed() {
        return fromClasspath(SEED);
    }

    public static LabelledComments fromClasspath(String resource) {
        try (InputStream in = LabelledComments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static LabelledComments parse(String json) {
        Map<String, List<String>> lists = StringListsJson.parse(json);
        return new LabelledComments(lists.getOrDefault("ham", List.of()), lists.getOrDefault("spam", List.of()));
    }
}
