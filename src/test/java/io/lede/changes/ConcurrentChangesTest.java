package io.lede.changes;

import static io.lede.Api.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Many writers commit changes at once while a reader follows {@code nextCursor}: the reader sees every change
 * exactly once, in the feed's order, whatever order the writers' transactions finished in. Run it on PostgreSQL
 * ({@code -Ppg}) for real concurrency; on H2 it checks the same property.
 */
@QuarkusTest
class ConcurrentChangesTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 12;

    @Test
    void aReaderFollowingNextNeverSkipsNorRepeatsAChangeUnderConcurrentWriters() throws Exception {
        String start = Changes.end();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            String cursor = start;
            boolean drained = false;
            while (!drained) {
                boolean stillWriting = writing.get();
                JsonPath page = staff().queryParam("cursor", cursor)
                        .queryParam("limit", 5)
                        .queryParam("wait", 1)
                        .get("/api/v1/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Long> ids = page.getList("items.id", Long.class);
                seen.addAll(ids);
                cursor = page.getString("nextCursor");
                drained = !stillWriting && ids.isEmpty();
            }
            return null;
        });
        List<Future<List<Long>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                List<Long> articles = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    long id = Api.article().draft();
                    Api.publish(id);
                    staff().body(Map.of("title", "Round " + round, "body", "Body " + round + " of " + id))
                            .header("If-Match", "*")
                            .put("/api/v1/admin/articles/" + id)
                            .then()
                            .statusCode(200);
                    articles.add(id);
                }
                return articles;
            }));
        }
        List<Long> written = new ArrayList<>();
        for (Future<List<Long>> writer : writers) {
            written.addAll(writer.get(5, TimeUnit.MINUTES));
        }
        writing.set(false);
        reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        List<Map<String, Object>> all = Changes.after(start);
        List<Long> allIds =
                all.stream().map(c -> ((Number) c.get("id")).longValue()).toList();
        assertThat(new HashSet<>(seen)).as("no change is repeated").hasSize(seen.size());
        assertThat(seen).as("every change, in the feed's order").isEqualTo(allIds);
        for (long article : written) {
            assertThat(Changes.typesOf(all, "article", article))
                    .containsExactly("article.published", "article.updated");
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(2 * WRITERS * ROUNDS);
    }
}
