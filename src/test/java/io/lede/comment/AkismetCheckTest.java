package io.lede.comment;

import static io.lede.comment.CommentsApiTest.comment;
import static io.lede.comment.CommentsApiTest.email;
import static io.lede.comment.CommentsApiTest.post;
import static io.lede.comment.CommentsApiTest.publishedSlug;
import static io.lede.comment.CommentsApiTest.says;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optional Akismet-compatible check, against a stand-in service on this machine. The stand-in also takes its
 * time when asked to ("slowly-considered", "briefly-considered") and notes how many database connections Lede holds
 * while it answers ("count-connections").
 */
@QuarkusTest
@TestProfile(AkismetCheckTest.WithSpamService.class)
class AkismetCheckTest {

    static final int PORT = 18_099;
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    static final List<Long> CONNECTIONS_HELD_WHILE_ASKED = new CopyOnWriteArrayList<>();
    static HttpServer service;

    public static class WithSpamService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "lede.comments.akismet.enabled", "true",
                    "lede.comments.akismet.url", "http://127.0.0.1:" + PORT + "/1.1/comment-check",
                    "lede.comments.akismet.api-key", "test-key",
                    "lede.comments.akismet.timeout", "20S",
                    "quarkus.datasource.metrics.enabled", "true");
        }
    }

    @BeforeAll
    static void startTheService() throws IOException {
        if (service != null) {
            return;
        }
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        service.setExecutor(Executors.newCachedThreadPool());
        service.createContext("/1.1/comment-check", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String decoded = URLDecoder.decode(form, StandardCharsets.UTF_8);
            REQUESTS.add(decoded);
            if (decoded.contains("count-connections")) {
                CONNECTIONS_HELD_WHILE_ASKED.add(connectionsHeld());
            }
            pause(decoded.contains("slowly-considered") ? 5_000 : decoded.contains("briefly-considered") ? 300 : 0);
            byte[] answer = (decoded.contains("miracle discount") ? "true" : "false").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        service.start();
    }

    /** The fewest connections in use over a few samples: a connection held throughout shows in every one. */
    static long connectionsHeld() {
        AgroalDataSource pool = Arc.container().instance(AgroalDataSource.class).get();
        long fewest = Long.MAX_VALUE;
        for (int sample = 0; sample < 5; sample++) {
            fewest = Math.min(fewest, pool.getMetrics().activeCount());
            pause(10);
        }
        return fewest;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void stopTheService() {
        service.stop(0);
        service = null;
    }

    @Test
    void theServiceIsAskedWhileThePostHoldsNoDatabaseConnection() {
        post(publishedSlug(), comment(email(), "Which ferry timetable count-connections applies in winter?"))
                .then()
                .statusCode(201);

        assertThat(CONNECTIONS_HELD_WHILE_ASKED).isNotEmpty().allSatisfy(held -> assertThat(held)
                .isZero());
    }

    @Test
    void whatTheServiceCallsSpamIsSpamWithItsReason() {
        post(publishedSlug(), comment(email(), "A miracle discount on ferry passes, ask me how."))
                .then()
                .statusCode(201)
                .body("status", equalTo("spam"))
                .body("reasons.code", hasItem("akismet"));

        assertThat(REQUESTS).anySatisfy(form -> assertThat(form).contains("api_key=test-key", "comment_type=comment"));
    }

    @Test
    void whatTheServiceClearsKeepsItsLocalVerdict() {
        post(publishedSlug(), comment(email(), says()))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .body("reasons.code", not(hasItem("akismet")));
    }
}
