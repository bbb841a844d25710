package io.lede.quote.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inputs that made the extractor slow or could: each a short unit repeated to a given length. Shared by the test
 * that bounds their CPU time and by {@code bench/extractor.sh}.
 */
final class PathologicalQuoteInputs {

    /** The largest body the API accepts is 2 MB; in characters that is at most this many. */
    static final int LARGEST_BODY = 2_000_000;

    private PathologicalQuoteInputs() {}

    static Map<String, String> ofLength(int length) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("short quotations", fill("“Yes,” Nora Vik said. “No,” she said. ", length));
        inputs.put("short quotations, one sentence", fill("Vik said “no” and “yes” and ", length));
        inputs.put("short quotations, paragraphs", fill("“Yes,” said the harbour master.\n\n", length));
        inputs.put("scare quotes", fill("the “ferry” and a “pier” ", length));
        inputs.put("one unclosed quotation", "Vik said: “" + fill("the ferry was late again ", length));
        inputs.put("unclosed over paragraphs", fill("“the ferry was late again\n\n", length));
        inputs.put("run of “", fill("“", length));
        inputs.put("run of ”", fill("”", length));
        inputs.put("run of “”", fill("“”", length));
        inputs.put("run of \"", fill("\"", length));
        inputs.put("run of \"a", fill("\"a ", length));
        inputs.put("no punctuation", fill("the mayor said he told them ", length));
        inputs.put("cue words only", fill("said ", length));
        inputs.put("pronouns, nobody named", fill("“Yes,” he said. ", length));
        inputs.put("descriptions", fill("“Yes,” said the chief engineer of the port. ", length));
        inputs.put("many namesakes", namesakes(length));
        inputs.put("appositions and commas", fill("Vik, Berg, Aas, Lund, the port's director, said “no”, ", length));
        inputs.put("indirect speech", fill("Nora Vik said that the ferry was late ", length));
        inputs.put("whitespace", "Vik said “" + " ".repeat(Math.max(0, length - 20)) + "” ");
        inputs.put("capitals", fill("Aa Bb Cc Dd Ee Ff ", length));
        inputs.put(
                "ordinary news",
                fill(
                        "The ferry left at nine, the harbour master said. “It always does,” "
                                + "said Nora Vik, the port's director. She said the fares were “too high” for most families. ",
                        length));
        return inputs;
    }

    /** People who share a surname: "Ab Vik said “yes”. Ac Vik said “no”. …" with every first name different. */
    private static String namesakes(int length) {
        StringBuilder text = new StringBuilder(length + 40);
        for (int i = 0; text.length() < length; i++) {
            text.append(firstName(i)).append(" Vik said “yes”. ");
        }
        return text.toString();
    }

    private static String firstName(int i) {
        StringBuilder name = new StringBuilder("A");
        for (int n = i; n > 0; n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return name.toString();
    }

    private static String fill(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
