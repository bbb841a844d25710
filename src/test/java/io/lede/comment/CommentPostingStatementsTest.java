package io.lede.comment;

import static io.lede.Api.newComment;
import static io.lede.Api.postComment;
import static io.lede.Api.publishedSlug;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What posting a comment asks of the database through Hibernate, counted by its statistics: one read of the article
 * with the ban check and the author's standing, one of the recent comments, the insert, and the update that makes a
 * new thread its own root. Not counted here: the rate-limit upsert (plain JDBC, its own connection; see {@code
 * bench/statements.sh} for every statement PostgreSQL sees). The learned model's version is not read per post, and
 * a comment this instance just stored is not read back by the next post.
 */
@QuarkusTest
class CommentPostingStatementsTest {

    /** The gate, the recent comments, the insert, the root update. */
    private static final long STATEMENTS_PER_POST = 4;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aHeldPostFromANewReaderTakesFourStatements() {
        String slug = publishedSlug();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        // The fewest of several: a background read elsewhere in the application can only add to one post's count.
        for (int i = 0; i < 5; i++) {
            long before = statistics.getPrepareStatementCount();
            String status = postComment(slug, newComment())
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("status");
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
            assertThat(status).isEqualTo("pending");
        }

        assertThat(fewest).isEqualTo(STATEMENTS_PER_POST);
    }
}
