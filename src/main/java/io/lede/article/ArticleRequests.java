package io.lede.article;

import io.lede.support.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff API for articles, people and tags. */
public final class ArticleRequests {

    /** The longest body an article may have, in characters, however it arrives. */
    public static final int MAX_BODY = 500_000;

    static final String URL = "^https?://\\S+$";
    static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private ArticleRequests() {}

    /**
     * The editable fields of an article. Creating takes them with a Markdown body; PUT replaces them all; PATCH sends
     * any subset as a JSON merge patch.
     */
    @Schema(name = "ArticleInput")
    public record ArticleInput(
            @Schema(description = "Derived from the title when left out", nullable = true)
            @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words joined by hyphens")
            String slug,

            @NotBlank @Size(max = 300) String title,
            @Schema(nullable = true) @Size(max = 600) String dek,

            @Schema(description = "The body in Markdown") @NotBlank @Size(max = MAX_BODY)
            String body,

            @Schema(description = "Slugs of existing people, in byline order")
            List<@NotBlank @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of a person") String> authors,

            @Schema(description = "Slugs of existing tags")
            List<@NotBlank @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of a tag") String> tags,

            @Schema(nullable = true, description = "Defaults to the article's page on the newsroom site")
            @Size(max = 2048)
            @Pattern(regexp = URL, message = "must be an http or https URL")
            String canonicalUrl,

            @Schema(description = "BCP 47 language tag; defaults to en", nullable = true)
            @Size(max = 35)
            @Pattern(regexp = LANGUAGE, message = "must be a language tag such as en or pt-BR")
            String language,

            @Schema(nullable = true) @Size(max = 200) String copyrightHolder,
            @Schema(nullable = true) @Min(1800) @Max(9999) Integer copyrightYear,
            @Schema(nullable = true) @Size(max = 2000) String rightsStatement,

            @Schema(nullable = true, description = "The id of an image record to feature with the article")
            Long featuredImageId,

            @Schema(
                    nullable = true,
                    description = "On a published article: what this change corrects. It is appended to"
                            + " the public corrections log.")
            @Size(max = 2000)
            String correctionNote) {

        public List<String> authorSlugs() {
            return authors == null ? List.of() : authors;
        }

        public List<String> tagSlugs() {
            return tags == null ? List.of() : tags;
        }
    }

    /**
     * The body of a PATCH: a JSON merge patch (RFC 7386) over {@link ArticleInput}. The service merges the raw JSON
     * into the article, so this record is never bound; it tells the spec, and the clients generated from it, that
     * every member is optional and which ones null clears. Keep its members those of ArticleInput.
     */
    @Schema(
            name = "ArticlePatch",
            description = "Only the members you send change. Null clears a nullable member; leave a member out to keep"
                    + " it.")
    public record ArticlePatch(
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN)
            String slug,

            @Size(min = 1, max = 300) String title,

            @Schema(nullable = true, description = "Null removes the dek") @Size(max = 600)
            String dek,

            @Schema(description = "The body in Markdown") @Size(min = 1, max = MAX_BODY)
            String body,

            @Schema(
                    nullable = true,
                    description = "Slugs of existing people, in byline order; null removes every author")
            List<@Pattern(regexp = Slugs.PATTERN) String> authors,

            @Schema(nullable = true, description = "Slugs of existing tags; null removes every tag")
            List<@Pattern(regexp = Slugs.PATTERN) String> tags,

            @Schema(nullable = true, description = "Null goes back to the article's page on the newsroom site")
            @Size(max = 2048)
            @Pattern(regexp = URL)
            String canonicalUrl,

            @Schema(nullable = true, description = "BCP 47 language tag; null goes back to en")
            @Pattern(regexp = LANGUAGE)
            String language,

            @Schema(nullable = true) @Size(max = 200) String copyrightHolder,
            @Schema(nullable = true) @Min(1800) @Max(9999) Integer copyrightYear,
            @Schema(nullable = true) @Size(max = 2000) String rightsStatement,

            @Schema(nullable = true, description = "The id of an image record to feature; null removes it")
            Long featuredImageId,

            @Schema(description = "On a published article: what this change corrects, for the public corrections log")
            @Size(max = 2000)
            String correctionNote) {}

    @Schema(name = "ScheduleRequest")
    public record ScheduleRequest(
            @Schema(description = "When the article becomes public", example = "2030-01-01T09:00:00Z") @NotNull
            Instant publishAt) {}

    @Schema(name = "PersonInput")
    public record PersonInput(
            @Schema(nullable = true, description = "Derived from the name when left out")
            @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words joined by hyphens")
            String slug,

            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Size(max = 200) String jobTitle,
            @Schema(nullable = true) @Size(max = 200) String affiliation,
            @Schema(nullable = true) @Size(max = 4000) String bio,

            @Schema(nullable = true, description = "The id of an image record to show as the person's portrait")
            Long portraitImageId,

            @Size(max = 20)
            List<@NotBlank @Size(max = 2048) @Pattern(regexp = URL, message = "must be an http or https URL") String>
                    sameAs) {}

    @Schema(name = "TagInput")
    public record TagInput(
            @Schema(nullable = true, description = "Derived from the name when left out")
            @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words joined by hyphens")
            String slug,

            @NotBlank @Size(max = 120) String name,
            @Schema(nullable = true) @Size(max = 2000) String description) {}
}
