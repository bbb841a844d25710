package io.lede.comment;

import static io.lede.Api.newComment;
import static io.lede.Api.postComment;
import static io.lede.Api.publishedSlug;
import static io.lede.Api.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderators' decisions teach the classifier in the database: each comment counts once with its latest label, a
 * changed decision takes back the old lesson, and a restart or a second instance (here, a fresh
 * {@link LearnedSpamModel} on the same database, with no memory of its own) screens with what was learned.
 */
@QuarkusTest
class SpamLearningTest {

    @Inject
    EntityManager em;

    @Inject
    LearnedSpamModel model;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A made-up word no other comment has, so its counts belong to this test alone. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long post(String slug, String body) {
        Map<String, Object> comment = newComment();
        comment.put("body", body);
        return postComment(slug, comment)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void decide(long id, String action) {
        staff().post("/api/v1/admin/comments/" + id + "/" + action).then().statusCode(200);
    }

    /** {ham, spam} learned comments with this word. */
    private long[] learned(String word) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select ham_count, spam_count from comment_spam_feature where feature = :feature")
                    .setParameter("feature", "w:" + word)
                    .getResultList();
            return rows.isEmpty()
                    ? new long[2]
                    : new long[] {((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue()};
        });
    }

    /** Screening teaches itself only then (see {@link LearnedSpamModel#mayTeachItself()}). */
    private void moderatorsHaveTaughtMoreNotSpamThanSpam(String slug) {
        Object[] model = QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("select ham_documents, spam_documents from comment_spam_model where id = 1")
                        .getSingleResult());
        long missing = ((Number) model[1]).longValue() - ((Number) model[0]).longValue() + 1;
        for (long i = 0; i < missing; i++) {
            decide(post(slug, "The " + word() + " ferry timetable changes again in the spring"), "approve");
        }
    }

    /** An instance started now: the seed, then what the database holds. */
    private double freshInstanceScores(String text) {
        LearnedSpamModel restarted = new LearnedSpamModel(em);
        QuarkusTransaction.requiringNew().run(restarted::catchUp);
        return restarted.classifier().spamProbability(text);
    }

    @Test
    void aSpamDecisionCountsOnceAndARestartKeepsIt() {
        String slug = publishedSlug();
        String word = word();
        String text = "Cheap " + word + " tickets for every show this summer";
        double before = freshInstanceScores(text);
        long id = post(slug, text);

        decide(id, "spam");
        decide(id, "spam");

        assertThat(learned(word)).containsExactly(0, 1);
        assertThat(freshInstanceScores(text)).isGreaterThan(before);
    }

    @Test
    void approvingAHeldCommentTeachesNotSpam() {
        String slug = publishedSlug();
        String word = word();
        long id = post(slug, "The " + word + " bakery on the quay closes early on Mondays now");

        decide(id, "approve");

        assertThat(learned(word)).containsExactly(1, 0);
    }

    @Test
    void aChangedDecisionTakesBackTheOldLessonAndRestoreIsACorrection() {
        String slug = publishedSlug();
        String word = word();
        long id = post(slug, "Our " + word + " choir sings at the harbour on Sunday");

        decide(id, "spam");
        assertThat(learned(word)).containsExactly(0, 1);
        decide(id, "restore");
        assertThat(learned(word)).containsExactly(1, 0);
        decide(id, "spam");
        assertThat(learned(word)).containsExactly(0, 1);
        decide(id, "reject");
        assertThat(learned(word)).as("a rejection is not a spam verdict").containsExactly(0, 1);
    }

    @Test
    void erasingTheAuthorTakesBackTheLesson() {
        String slug = publishedSlug();
        String word = word();
        Map<String, Object> comment = newComment();
        comment.put("body", "The " + word + " ferry was late again this morning");
        long id = postComment(slug, comment)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        decide(id, "approve");
        assertThat(learned(word)).containsExactly(1, 0);

        staff().body(Map.of("email", comment.get("authorEmail")))
                .post("/api/v1/admin/comments/erase")
                .then()
                .statusCode(200);

        assertThat(learned(word)).containsExactly(0, 0);
    }

    /** This instance hears of it by polling the model's version, so it screens with it within a poll interval. */
    @Test
    void aLessonFromAnotherInstanceReachesThisOneWithinAPollInterval() throws InterruptedException {
        String slug = publishedSlug();
        String word = word();
        String text = "Win " + word + " vouchers today, reply with your address";
        long id = post(slug, "Get " + word + " vouchers now, reply with your address");
        double before = model.classifier().spamProbability(text);
        LearnedSpamModel other = new LearnedSpamModel(em);

        QuarkusTransaction.requiringNew().run(() -> other.learn(Comment.findById(id), SpamLabel.SPAM));
        assertThat(model.classifier().spamProbability(text)).isEqualTo(before);
        long deadline = System.nanoTime() + 4 * LearnedSpamModel.POLL.toNanos();
        do {
            Thread.sleep(LearnedSpamModel.POLL.toMillis() / 5);
            post(slug, "Unrelated note on the tram timetable, nothing more " + word());
        } while (model.classifier().spamProbability(text) == before && System.nanoTime() < deadline);

        assertThat(model.classifier().spamProbability(text)).isGreaterThan(before);
    }

    /** Its own lessons it screens with at once: the next post after a decision already uses it. */
    @Test
    void aLessonTaughtThroughThisInstanceScreensTheVeryNextComment() {
        String slug = publishedSlug();
        String word = word();
        String text = "Win " + word + " vouchers today, reply with your address";
        long id = post(slug, "Get " + word + " vouchers now, reply with your address");
        double before = model.classifier().spamProbability(text);

        decide(id, "spam");
        post(slug, "Unrelated note on the ferry timetable, nothing more " + word());

        assertThat(model.classifier().spamProbability(text)).isGreaterThan(before);
    }

    @Test
    void certainSpamIsLearnedWithoutAModeratorWhoCanStillOverturnIt() {
        String slug = publishedSlug();
        String word = word();
        moderatorsHaveTaughtMoreNotSpamThanSpam(slug);
        Map<String, Object> comment = newComment();
        comment.put(
                "body",
                "Check out my channel " + word + " and subscribe, I earn $500 a day from home, free gift cards at"
                        + " bit.ly/" + word);
        var posted = postComment(slug, comment).then().statusCode(201).extract().jsonPath();
        assertThat(posted.getString("status")).isEqualTo("spam");

        assertThat(learned(word)).containsExactly(0, 1);
        decide(posted.getLong("id"), "approve");
        assertThat(learned(word)).containsExactly(1, 0);
    }
}
