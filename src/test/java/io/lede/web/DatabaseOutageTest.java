package io.lede.web;

import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.lede.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL goes away under load and comes back, through a proxy this test cuts: requests that need it answer 503
 * problem+json with Retry-After, fast; cached public reads go on being served, even those outdated by a write
 * before the cut and by a scheduled article's time coming during it; readiness says so; it recovers within seconds
 * of the database's return; and every write that was acknowledged is there, with no retry made twice.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAProxy.class)
@EnabledIfSystemProperty(named = "test.db.kind", matches = "postgresql")
class DatabaseOutageTest {

    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseBehindProxy.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.lede.comments.per-email", "1000");
        }
    }

    /** Set by {@link DatabaseBehindProxy}. */
    TcpProxy proxy;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theDatabaseGoesAwayAndComesBack() throws Exception {
        long articleId = Api.article().published();
        String slug =
                staff().get("/api/v1/admin/articles/" + articleId).jsonPath().getString("slug");
        long neverRead = Api.article().published();
        String neverReadSlug =
                staff().get("/api/v1/admin/articles/" + neverRead).jsonPath().getString("slug");
        long scheduled = Api.article().draft();
        Posters posters = new Posters(slug);
        posters.start();
        posters.awaitAcknowledged(5);
        String etag = given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().get("/api/v1/articles").then().statusCode(200);
        // A write outdates what was cached, and the scheduled time coming will again, while the database is away.
        Instant publishAt = Instant.now().plusSeconds(3);
        staff().body(Map.of("publishAt", publishAt.toString()))
                .post("/api/v1/admin/articles/" + scheduled + "/schedule")
                .then()
                .statusCode(200);

        proxy.cut();
        Instant cutAt = Instant.now();

        Response cached = timed(() -> given().get("/api/v1/articles/" + slug), "a cached read");
        cached.then().statusCode(200).header("ETag", equalTo(etag));
        given().header("If-None-Match", etag)
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(304);
        awaitReadiness(503, cutAt);
        Response needsTheDatabase = timed(() -> given().get("/api/v1/articles/" + neverReadSlug), "an uncached read");
        assertUnavailable(needsTheDatabase);
        assertUnavailable(timed(
                () -> given().contentType(ContentType.JSON)
                        .header("Idempotency-Key", "during-the-outage")
                        .body(Posters.comment("outage-post"))
                        .post("/api/v1/articles/" + slug + "/comments"),
                "a post"));
        assertUnavailable(timed(() -> staff().get("/api/v1/admin/articles"), "a staff read"));
        while (Instant.now().isBefore(publishAt.plusMillis(500))) {
            Thread.sleep(100); // the scheduled article's time comes: the cached list is outdated, but served
        }
        timed(() -> given().get("/api/v1/articles"), "an outdated cached list")
                .then()
                .statusCode(200);
        timed(() -> given().get("/api/v1/articles/" + slug), "a cached read, later")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag));

        proxy.restore();
        Instant restoredAt = Instant.now();
        Duration recovery = awaitReadiness(200, restoredAt);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "during-the-outage")
                .body(Posters.comment("outage-post"))
                .post("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(201);
        Duration firstWrite = Duration.between(restoredAt, Instant.now());
        given().get("/api/v1/articles/" + neverReadSlug).then().statusCode(200);
        posters.awaitAcknowledged(posters.acknowledged.size() + 5);
        posters.stop();
        System.out.printf(
                "Outage: cached reads served throughout; ready again %d ms after the database, first write"
                        + " %d ms; %d posts acknowledged, %d answers 503, slowest 503 %d ms%n",
                recovery.toMillis(),
                firstWrite.toMillis(),
                posters.acknowledged.size(),
                posters.unavailable.size(),
                posters.slowest503Millis);

        assertThat(recovery).isLessThan(Duration.ofSeconds(10));
        assertThat(posters.unexpected).as("answers other than 201 and 503").isEmpty();
        assertThat(posters.unavailable)
                .as("posts that answered 503 during the outage")
                .isNotEmpty();
        assertThat(posters.slowest503Millis).as("the slowest 503, in ms").isLessThan(5_000);
        try (Connection database = realDatabase()) {
            for (Map.Entry<String, Long> acknowledged : posters.acknowledged.entrySet()) {
                assertThat(commentsWithBody(database, acknowledged.getKey()))
                        .as("comments stored for acknowledged post " + acknowledged.getKey())
                        .containsExactly(acknowledged.getValue());
            }
            assertThat(commentsWithBody(database, "outage-post")).hasSize(1);
        }
    }

    private static void assertUnavailable(Response response) {
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:lede:problem:database-unavailable"));
    }

    private static Response timed(Supplier<Response> request, String what) {
        long started = System.nanoTime();
        Response response = request.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as(what + " while the database is away, in ms").isLessThan(5_000);
        return response;
    }

    private static Duration awaitReadiness(int status, Instant since) throws InterruptedException {
        Instant giveUp = since.plusSeconds(20);
        while (given().get("/q/health/ready").statusCode() != status) {
            assertThat(Instant.now()).as("readiness answers " + status).isBefore(giveUp);
            Thread.sleep(50);
        }
        return Duration.between(since, Instant.now());
    }

    private static Connection realDatabase() throws SQLException {
        return DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
    }

    private static List<Long> commentsWithBody(Connection database, String marker) throws SQLException {
        try (PreparedStatement select =
                database.prepareStatement("select id from comment where body_markdown like ? order by id")) {
            select.setString(1, "%marked " + marker + ".");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Two readers posting one comment after another, each retried with its Idempotency-Key until it is taken. */
    static final class Posters {
        final String slug;
        final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        final List<String> unavailable = new CopyOnWriteArrayList<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> threads = new ArrayList<>();
        volatile long slowest503Millis;

        Posters(String slug) {
            this.slug = slug;
        }

        static Map<String, Object> comment(String marker) {
            return Map.of(
                    "authorName",
                    "Steady Reader",
                    "authorEmail",
                    marker + "@example.org",
                    "body",
                    "Posted through the outage, marked " + marker + ".");
        }

        void start() {
            for (int i = 0; i < 2; i++) {
                Thread thread = new Thread(this::post, "poster-" + i);
                thread.start();
                threads.add(thread);
            }
        }

        void post() {
            while (running.get()) {
                String marker = unique("steady");
                Instant giveUp = Instant.now().plusSeconds(60);
                while (Instant.now().isBefore(giveUp)) {
                    long started = System.nanoTime();
                    Response response = given().contentType(ContentType.JSON)
                            .header("Idempotency-Key", marker)
                            .body(comment(marker))
                            .post("/api/v1/articles/" + slug + "/comments");
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (response.statusCode() == 201) {
                        acknowledged.put(marker, response.jsonPath().getLong("id"));
                        break;
                    }
                    if (response.statusCode() == 503) {
                        unavailable.add(marker);
                        slowest503Millis = Math.max(slowest503Millis, millis);
                    } else {
                        unexpected.add(
                                response.statusCode() + " " + response.body().asString());
                    }
                    pause(100);
                }
            }
        }

        void awaitAcknowledged(int count) {
            Instant giveUp = Instant.now().plusSeconds(30);
            while (acknowledged.size() < count) {
                assertThat(Instant.now()).as(count + " posts acknowledged").isBefore(giveUp);
                pause(20);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(70).toMillis());
            }
        }

        static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
