package io.lede.article;

import static io.lede.Api.article;
import static io.lede.Api.createPerson;
import static io.lede.Api.createTag;
import static io.lede.Api.staff;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ArticlePatch schema tells clients what null does to each member; the server does exactly that. */
@QuarkusTest
class ArticlePatchTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void nullClearsEveryNullableMemberAndResetsTheOnesWithADefault() {
        long id = article()
                .authors(createPerson("Maren Okafor"))
                .tags(createTag())
                .with("dek", "A dek")
                .with("canonicalUrl", "https://elsewhere.example/story")
                .with("language", "pt-BR")
                .with("copyrightHolder", "The Calloway Ledger")
                .with("copyrightYear", 2026)
                .with("rightsStatement", "All rights reserved.")
                .draft();
        String slug = staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
        Map<String, Object> patch = new HashMap<>();
        for (String member : new String[] {
            "dek", "authors", "tags", "canonicalUrl", "language", "copyrightHolder", "copyrightYear", "rightsStatement"
        }) {
            patch.put(member, null);
        }

        staff().contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("dek", nullValue())
                .body("authors", empty())
                .body("tags", empty())
                .body("canonicalUrl", endsWith("/articles/" + slug))
                .body("language", equalTo("en"))
                .body("rights.copyrightHolder", nullValue())
                .body("rights.copyrightYear", nullValue())
                .body("rights.statement", nullValue());
    }

    @Test
    void aPatchOfOneMemberKeepsAuthorsAndTags() {
        String person = createPerson("Inês Barros");
        String tag = createTag();
        long id = article().authors(person).tags(tag).draft();

        staff().contentType("application/merge-patch+json")
                .body(Map.of("dek", "Only the dek changes"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .body("dek", equalTo("Only the dek changes"))
                .body("authors[0].slug", equalTo(person))
                .body("tags[0].slug", equalTo(tag));
    }

    @Test
    void theSchemaNamesExactlyTheMembersOfAnArticle() {
        org.assertj.core.api.Assertions.assertThat(names(ArticleRequests.ArticlePatch.class))
                .isEqualTo(names(ArticleRequests.ArticleInput.class));
    }

    private static java.util.List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }
}
