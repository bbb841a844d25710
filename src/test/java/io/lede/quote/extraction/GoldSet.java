package io.lede.quote.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written articles in {@code src/test/resources/quote-gold/} with the quotations a reader finds in them. */
final class GoldSet {

    record Article(
            String id, List<String> covers, List<String> paragraphs, List<Quote> quotes, List<String> notQuotes) {

        /** The article as plain text, paragraphs separated by a blank line, as the article renderer writes it. */
        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    record Quote(String text, QuoteKind kind, String speaker, String role) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private GoldSet() {}

    static List<Article> articles() {
        URL folder = GoldSet.class.getClassLoader().getResource("quote-gold");
        if (folder == null) {
            throw new IllegalStateException("quote-gold is not on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(GoldSet::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
