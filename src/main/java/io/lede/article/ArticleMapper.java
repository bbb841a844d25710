package io.lede.article;

import io.lede.article.ArticleViews.ArticleView;
import io.lede.article.ArticleViews.Byline;
import io.lede.article.ArticleViews.CorrectionEntry;
import io.lede.article.ArticleViews.PersonView;
import io.lede.article.ArticleViews.Rights;
import io.lede.article.ArticleViews.StaffArticleView;
import io.lede.article.ArticleViews.TagRef;
import io.lede.image.ImageService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Turns entities into response bodies; entities themselves are never serialized. */
@ApplicationScoped
public class ArticleMapper {

    private final String siteUrl;
    private final ImageService images;

    public ArticleMapper(SiteConfig config, ImageService images) {
        this.siteUrl = config.siteUrl().replaceAll("/+$", "");
        this.images = images;
    }

    public String canonicalUrl(String storedUrl, String slug) {
        return storedUrl != null ? storedUrl : siteUrl + "/articles/" + slug;
    }

    ArticleView published(Article article, long commentCount) {
        return published(article, commentCount, article.publishAt);
    }

    /** As published at {@code publishedAt}: an unpublished article previewed shows the time it would go out. */
    ArticleView published(Article article, long commentCount, Instant publishedAt) {
        return new ArticleView(
                article.id,
                article.slug,
                article.title,
                article.dek,
                article.bodyHtml,
                article.bodyText,
                bylines(article),
                tags(article),
                canonicalUrl(article.canonicalUrl, article.slug),
                article.language,
                rights(article),
                publishedAt,
                article.firstPublishedAt != null ? article.firstPublishedAt : publishedAt,
                article.updatedAt,
                article.correctedAt,
                article.wordCount,
                article.readingMinutes,
                commentCount,
                corrections(article),
                images.view(article.featuredImage));
    }

    StaffArticleView staff(Article article, Instant now) {
        return new StaffArticleView(
                article.id,
                article.slug,
                article.title,
                article.dek,
                article.statusAt(now),
                article.bodyMarkdown,
                article.bodyHtml,
                article.bodyText,
                bylines(article),
                tags(article),
                canonicalUrl(article.canonicalUrl, article.slug),
                article.language,
                rights(article),
                article.publishAt,
                article.firstPublishedAt != null || !article.isPublicAt(now)
                        ? article.firstPublishedAt
                        : article.publishAt,
                article.createdAt,
                article.updatedAt,
                article.correctedAt,
                article.wordCount,
                article.readingMinutes,
                corrections(article),
                images.view(article.featuredImage),
                article.version);
    }

    PersonView person(Person person) {
        return new PersonView(
                person.id,
                person.slug,
                person.name,
                person.jobTitle,
                person.affiliation,
                person.bio,
                List.copyOf(person.sameAs),
                images.view(person.portrait),
                person.kind == null ? "person" : person.kind.toLowerCase(java.util.Locale.ROOT),
                person.updatedAt);
    }

    private static List<Byline> bylines(Article article) {
        return article.authors.stream()
                .map(p -> new Byline(p.slug, p.name, p.jobTitle))
                .toList();
    }

    private static List<TagRef> tags(Article article) {
        return article.tags.stream().map(t -> new TagRef(t.slug, t.name)).toList();
    }

    private static Rights rights(Article article) {
        return new Rights(article.copyrightHolder, article.copyrightYear, article.rightsStatement);
    }

    private static List<CorrectionEntry> corrections(Article article) {
        return article.corrections.stream()
                .map(c -> new CorrectionEntry(c.note, c.correctedAt))
                .toList();
    }
}
