package io.lede.clients;

import io.lede.client.ApiClient;
import io.lede.client.ApiException;
import io.lede.client.ApiResponse;
import io.lede.client.api.ArticlesApi;
import io.lede.client.auth.HttpBearerAuth;
import io.lede.client.api.CommentsApi;
import io.lede.client.api.StaffArticlesApi;
import io.lede.client.api.StaffCommentsApi;
import io.lede.client.api.StaffPeopleAndTagsApi;
import io.lede.client.model.Article;
import io.lede.client.model.ArticleInput;
import io.lede.client.model.ArticlePatch;
import io.lede.client.model.ArticleSummaryPage;
import io.lede.client.model.Comment;
import io.lede.client.model.CommentEdit;
import io.lede.client.model.NewComment;
import io.lede.client.model.PersonInput;
import io.lede.client.model.PostedComment;
import io.lede.client.model.StaffArticle;
import io.lede.client.model.TagInput;
import java.util.List;
import java.util.Map;

/**
 * What a newsroom's developer does with the Java client generated from Lede's spec: staff create, patch and publish
 * an article; a reader lists and reads it (then gets a 304 with its ETag), posts a comment, edits it with its secret
 * and deletes it. Arguments: the server's base URL and a staff token. Any mismatch between the spec and the server
 * ends it with an exception.
 */
public final class JavaScenario {

    private JavaScenario() {}

    public static void main(String[] args) throws ApiException {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        ApiClient staffClient = new ApiClient().setBasePath(args[0]);
        // The spec has two bearer schemes (staff tokens and partner keys): name the one to set.
        ((HttpBearerAuth) staffClient.getAuthentication("bearer")).setBearerToken(args[1]);
        ApiClient readerClient = new ApiClient().setBasePath(args[0]);

        StaffPeopleAndTagsApi directory = new StaffPeopleAndTagsApi(staffClient);
        String author = directory
                .createPerson(new PersonInput().name("Maren Okafor " + run).jobTitle("City Hall reporter"))
                .getSlug();
        String tag = directory.createTag(new TagInput().name("Transport " + run)).getSlug();

        StaffArticlesApi staff = new StaffArticlesApi(staffClient);
        StaffArticle draft = staff.createArticle(new ArticleInput()
                .title("Harbour tram: first rails laid " + run)
                .body("The first rails of the harbour tram were laid on *Monday*.")
                .authors(List.of(author))
                .tags(List.of(tag)));
        say("createArticle", "201 " + draft.getSlug() + " (" + draft.getStatus() + ", version " + draft.getVersion() + ")");

        StaffArticle patched = staff.patchArticle(
                draft.getSlug(), new ArticlePatch().dek("Track-laying starts a month early."), null);
        check(patched.getAuthors().size() == 1 && patched.getTags().size() == 1, "a patch kept authors and tags");
        check(patched.getTitle().equals(draft.getTitle()), "a patch kept the title");
        say("patchArticle", "200 dek set; title, 1 author and 1 tag kept (version " + patched.getVersion() + ")");

        StaffArticle published = staff.publishArticle(draft.getSlug());
        say("publishArticle", "200 " + published.getStatus());

        ArticlesApi articles = new ArticlesApi(readerClient);
        ArticleSummaryPage page = articles.listArticles(null, null, null, null, 10, null, null, tag, null, null, null);
        check(page.getItems().size() == 1, "the list with the new tag holds the article");
        say("listArticles", "200 " + page.getItems().size() + " item tagged " + tag);

        ApiResponse<Article> read = articles.readArticleWithHttpInfo(published.getSlug(), null, null, null);
        String etag = header(read.getHeaders(), "ETag");
        say("readArticle", "200 \"" + read.getData().getTitle() + "\" ETag " + etag);
        try {
            articles.readArticle(published.getSlug(), null, etag, null);
            throw new IllegalStateException("If-None-Match with the current ETag answered 200");
        } catch (ApiException notModified) {
            check(notModified.getCode() == 304, "If-None-Match answers 304, not " + notModified.getCode());
            say("readArticle If-None-Match", "304");
        }

        CommentsApi comments = new CommentsApi(readerClient);
        PostedComment posted = comments.postComment(
                published.getSlug(),
                new NewComment()
                        .authorName("Ada Quill")
                        .authorEmail("ada-" + run + "@example.org")
                        .body("Good to see the tram finally taking shape on the quay."),
                "java-" + run);
        say("postComment", "201 id " + posted.getId() + " " + posted.getStatus());

        new StaffCommentsApi(staffClient).approveComment(posted.getId(), null);
        Comment shown = comments.readComment(posted.getId(), null, null);
        say("readComment", "200 on " + shown.getArticle() + " (where Location points)");

        PostedComment edited = comments.editComment(
                posted.getId(),
                posted.getEditSecret(),
                new CommentEdit().body("Good to see the tram taking shape on the quay at last."));
        say("editComment", "200 edited: " + edited.getBodyHtml().strip());

        comments.deleteComment(posted.getId(), posted.getEditSecret());
        say("deleteComment", "204");

        System.out.println("java client: scenario passed");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " header"));
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("Expected: " + what);
        }
    }

    private static void say(String operation, String result) {
        System.out.println("java client: " + operation + " -> " + result);
    }
}
