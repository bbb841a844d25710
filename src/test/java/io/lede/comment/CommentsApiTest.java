package io.lede.comment;

import static io.lede.Api.article;
import static io.lede.Api.staff;
import static io.lede.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentsApiTest {

    /** Distinct, ordinary reader comments: the duplicate rule would rightly flag one text posted twice. */
    static final List<String> READERS_SAY = List.of(
            "I took the night ferry last week and it was nearly full, so keeping it makes sense to me.",
            "Does anyone know whether the library night room needs a separate card or the normal one?",
            "My grandfather worked at the fish auction hall for thirty years; sad to see it go.",
            "The council should publish the tram budget reviews online, not just read them out.",
            "Good to see the pier repairs explained properly instead of rumours on the quay.",
            "Small correction: the East Steps cafe opens at eight, not nine, according to their sign.",
            "We live on Gull Island and the fare freeze genuinely matters to our household budget.",
            "Would be useful to know how the freight lanes will work during tram construction.",
            "The painted ceiling in the map room is beautiful, worth a visit on a quiet afternoon.",
            "Why does the survey only count riders and not people who stopped taking the ferry?",
            "Thanks for covering the market; the oyster stall there is the best in town.",
            "I disagree with the union here, the retraining offer sounds fair to me.",
            "Any word on whether bikes will be allowed on the harbour trams at peak times?",
            "The storm surge flooded our street too, not only the promenade by the station.",
            "Please keep reporting on the seawall consultation, few people know it is happening.",
            "Two librarians for the whole night room seems thin if students turn up in numbers.",
            "Was the engineer's report on the cracked piles published anywhere we can read it?",
            "The last boat at 23:40 is still too early for anyone working late shifts in town.",
            "My daughter studies there every evening now and says it is calm and warm.",
            "Interesting that the budget vote falls the same week as the ferry board meeting.",
            "The depot plans look enormous compared with the old auction hall footprint.",
            "Nice to read a story that quotes dock workers and not only officials for once.",
            "I remember when the North Pier was rebuilt in the nineties after a similar storm.",
            "Could the night market move to the ferry terminal car park once the hall closes?",
            "It would help to print the timetable changes in the paper edition as well.",
            "Seven stops feels like too few for a line that long along the waterfront.",
            "The board chair answered questions at the meeting patiently, credit where due.",
            "Is the fare freeze paid from parking money every year or just this once?",
            "Loading bays on Quay Street are already full by nine most mornings.",
            "Lovely photos of the reading room, the old windows really were draughty.",
            "I hope the retraining includes the night shift crews and not only day staff.",
            "How will the lifeboat station manage while the promenade is being repaired?",
            "A public count of how many people use the late ferry each night would settle this.",
            "The grain terminal has been part of the skyline for my whole life.",
            "I would gladly pay a little more if it kept the island crossing frequent.",
            "The museum's Friday opening is good news for families with young children.",
            "Someone should ask the port authority how many jobs the new terminal brings.",
            "Please add a map next time, it is hard to picture where the breakwater goes.",
            "The choir's tour dates clash with the harbour festival, which is a shame.",
            "Fair reporting on a divisive decision, thank you for both sides of it.");

    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger();

    static String says() {
        return READERS_SAY.get(NEXT.getAndIncrement() % READERS_SAY.size());
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String publishedSlug() {
        long id = article().published();
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    static Response post(String slug, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/articles/" + slug + "/comments");
    }

    static Map<String, Object> comment(String email, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("authorName", "Reader " + email.substring(0, 6));
        body.put("authorEmail", email);
        body.put("body", text);
        return body;
    }

    static String email() {
        return unique("reader") + "@example.org";
    }

    /** A reader whose first comment a moderator approved, so later ones are not held as first-timers. */
    static String knownReader(String slug) {
        String email = email();
        long first = post(slug, comment(email, says()))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        moderate(first, "approve");
        return email;
    }

    static void moderate(long id, String action) {
        staff().post("/api/v1/admin/comments/" + id + "/" + action).then().statusCode(200);
    }

    @Test
    void aFirstTimeCommenterIsHeldUntilAModeratorApproves() {
        String slug = publishedSlug();
        Response posted = post(slug, comment(email(), says()));

        posted.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/comments/"))
                .body("status", equalTo("pending"))
                .body("reasons.code", hasItem("first-time-commenter"))
                .body("editSecret", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("authorEmail")));
        given().get("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(200)
                .body("items", empty());

        moderate(posted.jsonPath().getLong("id"), "approve");

        given().get("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].bodyHtml", containsString("<p>"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("emailHash")));
        given().get("/api/v1/articles/" + slug).then().body("commentCount", equalTo(1));
    }

    @Test
    void aKnownReadersCleanCommentIsApprovedAtOnce() {
        String slug = publishedSlug();
        String email = knownReader(slug);

        post(slug, comment(email, "Thanks for explaining the fare freeze, the graphic made it clear."))
                .then()
                .statusCode(201)
                .body("status", equalTo("approved"))
                .body("reasons", empty());
    }

    @Test
    void theHoneypotCatchesBots() {
        String slug = publishedSlug();
        Map<String, Object> body = comment(email(), says());
        body.put("website", "http://cheap-pills.example");

        post(slug, body)
                .then()
                .statusCode(201)
                .body("status", equalTo("spam"))
                .body("reasons.code", hasItem("honeypot"));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyMakesOneComment() {
        String slug = publishedSlug();
        String key = unique("retry");
        Map<String, Object> body = comment(email(), says());

        long first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/articles/" + slug + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Response retry = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/articles/" + slug + "/comments");

        retry.then().statusCode(201).body("id", equalTo((int) first));
        staff().queryParam("limit", 100)
                .get("/api/v1/admin/comments")
                .then()
                .body("items.findAll { it.id == " + first + " }", hasSize(1));
        assertThat(retry.jsonPath().getString("editSecret")).isNotBlank();
    }

    @Test
    void threadsShowTheirFirstRepliesAndLinkTheRest() {
        String slug = publishedSlug();
        long root = post(slug, comment(email(), says())).jsonPath().getLong("id");
        moderate(root, "approve");
        long parent = root;
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> reply = comment(email(), "Reply number " + i + ": " + says());
            reply.put("parentId", parent);
            parent = post(slug, reply)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            moderate(parent, "approve");
        }

        Response threads = given().get("/api/v1/articles/" + slug + "/comments");
        threads.then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].replyCount", equalTo(5))
                .body("items[0].replies", hasSize(3))
                .body("items[0].replies.depth", contains(1, 2, 3))
                .body("items[0].moreReplies", containsString("/api/v1/comments/" + root + "/replies?cursor="));
        given().urlEncodingEnabled(false)
                .get(threads.jsonPath().getString("items[0].moreReplies"))
                .then()
                .statusCode(200)
                .body("items.bodyHtml", contains(containsString("number 4"), containsString("number 5")));
        given().get("/api/v1/articles/" + slug).then().body("commentCount", equalTo(6));
    }

    @Test
    void linksAreNofollowAndScriptsNeverSurvive() {
        String slug = publishedSlug();
        String email = knownReader(slug);

        post(
                        slug,
                        comment(
                                email,
                                "See [the timetable](https://ferry.example/times) <script>alert(1)</script>"
                                        + " <img src=x onerror=alert(2)>"))
                .then()
                .statusCode(201)
                .body("bodyHtml", containsString("rel=\"nofollow ugc\""))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyHtml", not(containsString("<img")));
        String html =
                given().get("/api/v1/articles/" + slug + "/comments").jsonPath().getString("items[-1].bodyHtml");
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(html == null ? "" : html);
        assertThat(parsed.select("script, img, [onerror]")).isEmpty();
    }

    @Test
    void theAuthorCanEditAndDeleteWithTheSecretOnly() {
        String slug = publishedSlug();
        String email = knownReader(slug);
        Response posted = post(slug, comment(email, "The ferry leaves at 6:30."));
        long id = posted.jsonPath().getLong("id");
        String secret = posted.jsonPath().getString("editSecret");

        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", "wrong")
                .body(Map.of("body", "Hijacked"))
                .put("/api/v1/comments/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", secret)
                .body(Map.of("body", "The ferry leaves at 6:40, sorry."))
                .put("/api/v1/comments/" + id)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("6:40"));
        given().header("X-Edit-Secret", secret)
                .delete("/api/v1/comments/" + id)
                .then()
                .statusCode(204);

        given().get("/api/v1/articles/" + slug + "/comments")
                .then()
                .body("items.bodyHtml", not(hasItem(containsString("6:40"))));
    }

    @Test
    void aRepeatOfARecentCommentIsSpamAndAnEditedCommentIsComparedAsEdited() {
        String slug = publishedSlug();
        String email = knownReader(slug);
        String original = "Ferry timetable note " + unique("t") + ": the first crossing should leave earlier.";
        String edited = "Ferry timetable note " + unique("t") + ": the last crossing should leave later.";
        Response posted = post(slug, comment(email, original));
        posted.then().statusCode(201).body("status", equalTo("approved"));

        post(slug, comment(email(), original))
                .then()
                .statusCode(201)
                .body("status", equalTo("spam"))
                .body("reasons.code", hasItem("duplicate"));

        given().contentType(ContentType.JSON)
                .header("X-Edit-Secret", posted.jsonPath().getString("editSecret"))
                .body(Map.of("body", edited))
                .put("/api/v1/comments/" + posted.jsonPath().getLong("id"))
                .then()
                .statusCode(200);
        post(slug, comment(email(), edited))
                .then()
                .statusCode(201)
                .body("status", equalTo("spam"))
                .body("reasons.code", hasItem("duplicate"));
    }

    @Test
    void tooManyPostsFromOneEmailAre429WithRateLimitHeaders() {
        String slug = publishedSlug();
        String email = email();
        for (int i = 0; i < 4; i++) {
            post(slug, comment(email, says())).then().statusCode(201);
        }

        post(slug, comment(email, says()))
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", containsString("remaining=0"))
                .header("RateLimit-Policy", equalTo("4;w=600"));
    }

    @Test
    void commentsOnDraftsOrUnknownParentsAreRefused() {
        long draft = article().draft();
        String draftSlug =
                staff().get("/api/v1/admin/articles/" + draft).jsonPath().getString("slug");
        post(draftSlug, comment(email(), says())).then().statusCode(404);

        Map<String, Object> orphan = comment(email(), says());
        orphan.put("parentId", 987654321);
        post(publishedSlug(), orphan).then().statusCode(400).body("errors[0].field", equalTo("parentId"));

        post(publishedSlug(), Map.of("authorName", "", "authorEmail", "not-an-email", "body", ""))
                .then()
                .statusCode(400)
                .body("errors.field", contains("authorEmail", "authorName", "body"));
    }

    @Test
    void aModeratorsSpamDecisionIsLoggedAndHidesTheComment() {
        String slug = publishedSlug();
        String email = knownReader(slug);
        long id = post(slug, comment(email, "Lovely article about the harbour and its history."))
                .jsonPath()
                .getLong("id");

        staff().post("/api/v1/admin/comments/" + id + "/spam")
                .then()
                .statusCode(200)
                .body("status", equalTo("spam"));

        given().get("/api/v1/articles/" + slug + "/comments").then().body("items.id", not(hasItem((int) id)));
        assertThat(staff().queryParam("status", "spam")
                        .queryParam("limit", 100)
                        .get("/api/v1/admin/comments")
                        .jsonPath()
                        .getList("items.id", Integer.class))
                .contains((int) id);
        given().get("/api/v1/admin/comments").then().statusCode(401);
        staff().queryParam("status", "nonsense")
                .get("/api/v1/admin/comments")
                .then()
                .statusCode(400);
    }
}
