package io.lede;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixtures made through the HTTP API itself, each with names no other test uses. */
public final class Api {

    public static final String ADMIN_TOKEN = "dev-admin-token";
    /** The demo partner's key in the test profile. */
    public static final String PARTNER_KEY = "dev-partner-key";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    /** A request with this bearer secret. */
    public static RequestSpecification as(String credential) {
        return given().header("Authorization", "Bearer " + credential).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    /** A slug no other test has used in this run. */
    public static String unique(String stem) {
        return stem + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static String createTag() {
        String slug = unique("tag");
        staff().body(Map.of("slug", slug, "name", "Tag " + slug))
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(201);
        return slug;
    }

    public static String createPerson(String name) {
        String slug = unique("person");
        staff().body(Map.of("slug", slug, "name", name, "jobTitle", "Reporter"))
                .post("/api/v1/admin/people")
                .then()
                .statusCode(201);
        return slug;
    }

    /** The slug of a new published article. */
    public static String publishedSlug() {
        long id = article().published();
        return staff().get("/api/v1/admin/articles/" + id).jsonPath().getString("slug");
    }

    /** A reader's comment from an address no other test uses, with words no other comment has. */
    public static Map<String, Object> newComment() {
        Map<String, Object> comment = new LinkedHashMap<>();
        String reader = unique("reader");
        comment.put("authorName", "Reader " + SEQUENCE.incrementAndGet());
        comment.put("authorEmail", reader + "@example.org");
        comment.put("body", "Note " + reader + " on the harbour plans, written " + System.nanoTime() + ".");
        return comment;
    }

    public static io.restassured.response.Response postComment(String slug, Map<String, Object> comment) {
        return given().contentType(ContentType.JSON).body(comment).post("/api/v1/articles/" + slug + "/comments");
    }

    /** A comment a moderator has approved, whatever screening made of it. */
    public static long approvedComment(String slug, Long parentId) {
        Map<String, Object> comment = newComment();
        if (parentId != null) {
            comment.put("parentId", parentId);
        }
        long id = postComment(slug, comment)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        staff().post("/api/v1/admin/comments/" + id + "/approve").then().statusCode(200);
        return id;
    }

    public static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    public static ValidatableResponse publish(long id) {
        return staff().post("/api/v1/admin/articles/" + id + "/publish").then().statusCode(200);
    }

    /** Builds a draft through the staff API. */
    public static final class ArticleBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        private ArticleBuilder() {
            body.put("title", "A story " + unique("t"));
            body.put("body", "The first paragraph of the story.\n\nA second paragraph, with more detail.");
        }

        public ArticleBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public ArticleBuilder tags(String... slugs) {
            return with("tags", List.of(slugs));
        }

        public ArticleBuilder authors(String... slugs) {
            return with("authors", List.of(slugs));
        }

        public long draft() {
            return staff().body(body)
                    .post("/api/v1/admin/articles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        public long published() {
            long id = draft();
            publish(id);
            return id;
        }
    }
}
