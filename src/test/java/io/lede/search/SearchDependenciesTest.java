package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Search sits above articles and quotations: it reads their visibility rules and offers them {@code q} through
 * interfaces they own ({@code ArticleFinder}, {@code QuoteFinder}), so no other feature imports it and there is
 * no package cycle through it.
 */
class SearchDependenciesTest {

    @Test
    void noOtherPackageImportsSearch() throws IOException {
        Path main = Path.of("src/main/java/io/lede");
        Path search = main.resolve("search");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> importing = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(search))
                    .filter(file -> read(file).contains("import io.lede.search."))
                    .map(Path::toString)
                    .toList();
            assertThat(importing).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
