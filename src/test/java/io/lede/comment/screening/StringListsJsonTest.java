package io.lede.comment.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringListsJsonTest {

    @Test
    void readsAnObjectOfStringArraysWithEscapes() {
        Map<String, List<String>> lists =
                StringListsJson.parse("{ \"ham\": [\"a \\\"quoted\\\" word\", \"caf\\u00e9\\n\"], \"spam\": [] }");

        assertThat(lists).containsEntry("ham", List.of("a \"quoted\" word", "café\n"));
        assertThat(lists).containsEntry("spam", List.of());
    }

    @Test
    void rejectsAnythingElse() {
        assertThatThrownBy(() -> StringListsJson.parse("{\"ham\": [1]}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StringListsJson.parse("{\"ham\": [\"a\"] } x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
