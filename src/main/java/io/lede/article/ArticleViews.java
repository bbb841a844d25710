package io.lede.article;

import io.lede.image.ImageViews.ImageView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies for articles, people and tags. */
public final class ArticleViews {

    private ArticleViews() {}

    @Schema(name = "AuthorRef", description = "An author as named in a list")
    public record AuthorRef(String slug, String name) {}

    @Schema(name = "Byline", description = "An author as credited on an article")
    public record Byline(
            String slug,
            String name,
            @Schema(nullable = true) String jobTitle) {}

    @Schema(name = "TagRef")
    public record TagRef(String slug, String name) {}

    @Schema(name = "Rights", description = "Who owns the article and on what terms it may be reused")
    public record Rights(
            @Schema(nullable = true) String copyrightHolder,
            @Schema(nullable = true) Integer copyrightYear,
            @Schema(nullable = true) String statement) {}

    @Schema(name = "CorrectionEntry", description = "An entry in an article's public corrections log")
    public record CorrectionEntry(String note, Instant correctedAt) {}

    @Schema(name = "ArticleSummary", description = "An article as it appears in a list")
    public record ArticleSummary(
            long id,
            String slug,
            String title,
            @Schema(nullable = true) String dek,
            String excerpt,
            Instant publishedAt,
            List<AuthorRef> authors,
            List<TagRef> tags,
            long commentCount,
            @Schema(nullable = true) ImageView featuredImage) {}

    @Schema(name = "Article", description = "A published article")
    public record ArticleView(
            long id,
            String slug,
            String title,
            @Schema(nullable = true) String dek,

            @Schema(description = "The body as sanitised HTML, safe to embed")
            String bodyHtml,

            @Schema(description = "The body as plain text, paragraphs separated by a blank line")
            String bodyText,

            List<Byline> authors,
            List<TagRef> tags,
            String canonicalUrl,
            String language,
            Rights rights,
            Instant publishedAt,
            Instant firstPublishedAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant correctedAt,
            int wordCount,
            int readingMinutes,
            long commentCount,
            List<CorrectionEntry> corrections,
            @Schema(nullable = true) ImageView featuredImage) {}

    @Schema(name = "StaffArticle", description = "An article in any state, as staff see it")
    public record StaffArticleView(
            long id,
            String slug,
            String title,
            @Schema(nullable = true) String dek,
            ArticleStatus status,

            @Schema(description = "The Markdown source of the body")
            String body,

            String bodyHtml,
            String bodyText,
            List<Byline> authors,
            List<TagRef> tags,
            String canonicalUrl,
            String language,
            Rights rights,

            @Schema(nullable = true, description = "When it became or becomes public")
            Instant publishAt,

            @Schema(nullable = true) Instant firstPublishedAt,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant correctedAt,
            int wordCount,
            int readingMinutes,
            List<CorrectionEntry> corrections,
            @Schema(nullable = true) ImageView featuredImage,

            @Schema(description = "Changes on every write; send it back in If-Match as the ETag")
            long version) {}

    @Schema(name = "StaffArticleSummary", description = "An article in any state, as it appears in the staff list")
    public record StaffArticleSummary(
            long id,
            String slug,
            String title,
            ArticleStatus status,
            @Schema(nullable = true) Instant publishAt,
            Instant updatedAt,
            List<AuthorRef> authors,
            List<TagRef> tags,
            long version) {}

    @Schema(name = "PersonSummary", description = "A person as they appear in a list")
    public record PersonSummary(
            long id,
            String slug,
            String name,
            @Schema(nullable = true) String jobTitle,
            @Schema(nullable = true) String affiliation,
            Instant updatedAt) {}

    @Schema(name = "Person")
    public record PersonView(
            long id,
            String slug,
            String name,
            @Schema(nullable = true) String jobTitle,
            @Schema(nullable = true) String affiliation,
            @Schema(nullable = true) String bio,
            List<String> sameAs,
            @Schema(nullable = true) ImageView portrait,

            @Schema(
                    enumeration = {"person", "organisation"},
                    description = "A person, or an organisation quoted as a speaker (the Harbour Authority)")
            String kind,

            Instant updatedAt) {}

    @Schema(name = "Tag")
    public record TagView(
            long id,
            String slug,
            String name,
            @Schema(nullable = true) String description,

            @Schema(description = "How many published articles carry the tag")
            long articleCount,

            Instant updatedAt) {}
}
