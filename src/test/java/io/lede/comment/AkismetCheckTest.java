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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The optional Akismet-compatible check, against a stand-in service on this machine. */
@QuarkusTest
@TestProfile(AkismetCheckTest.WithSpamService.class)
class AkismetCheckTest {

    static final int PORT = 18_099;
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    static HttpServer service;

    public static class WithSpamService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "lede.comments.akismet.enabled", "true",
                    "lede.comments.akismet.url", "http://127.0.0.1:" + PORT + "/1.1/comment-check",
                    "lede.comments.akismet.api-key", "test-key");
        }
    }

    @BeforeAll
    static void startTheService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        service.createContext("/1.1/comment-check", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String decoded = URLDecoder.decode(form, StandardCharsets.UTF_8);
            REQUESTS.add(decoded);
            byte[] answer = (decoded.contains("miracle discount") ? "true" : "false").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        service.start();
    }

    @AfterAll
    static void stopTheService() {
        service.stop(0);
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
