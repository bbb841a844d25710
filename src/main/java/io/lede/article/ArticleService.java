package io.lede.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.article.ArticleRequests.ArticleInput;
import io.lede.article.ArticleViews.StaffArticleView;
import io.lede.article.BodyRenderer.Picture;
import io.lede.image.BodyImage;
import io.lede.image.Image;
import io.lede.image.ImageService;
import io.lede.publishing.ChangesContent;
import io.lede.support.Slugs;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.web.JsonMergePatch;
import io.lede.web.Preconditions;
import io.lede.web.Problem;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff writes to articles: drafting, editing, corrections and the publishing lifecycle. */
@ApplicationScoped
public class ArticleService {

    private final EntityManager em;
    private final BodyRenderer renderer;
    private final ArticleMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;
    private final Event<ArticleBodyChanged> bodyChanged;
    private final Event<ArticleChanged> changed;
    private final ImageService images;

    public ArticleService(
            EntityManager em,
            BodyRenderer renderer,
            ArticleMapper mapper,
            ObjectMapper json,
            Validator validator,
            Event<ArticleBodyChanged> bodyChanged,
            Event<ArticleChanged> changed,
            ImageService images) {
        this.em = em;
        this.renderer = renderer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
        this.bodyChanged = bodyChanged;
        this.changed = changed;
        this.images = images;
    }

    @ChangesContent
    @Transactional
    public StaffArticleView create(ArticleInput input) {
        if (input.correctionNote() != null) {
            throw Problems.invalid("correctionNote", "only a published article takes a correction note");
        }
        Instant now = Timestamps.now();
        Article article = new Article();
        article.createdAt = now;
        article.slug = chooseSlug(input.slug(), input.title(), null);
        apply(article, input, now);
        article.persist();
        em.flush();
        bodyChanged.fire(new ArticleBodyChanged(article.id));
        changed.fire(new ArticleChanged(article.id, article.slug, false, false));
        return mapper.staff(article, now);
    }

    /** Creates a draft from an imported page, remembering the page so a second import finds this article. */
    @ChangesContent
    @Transactional
    public StaffArticleView createImported(ArticleInput input, String sourceHash) {
        StaffArticleView created = create(input);
        Article.<Article>findById(created.id()).sourceHash = sourceHash;
        return created;
    }

    @Transactional
    public Optional<StaffArticleView> findImported(String sourceHash) {
        return Article.<Article>find("sourceHash", sourceHash)
                .firstResultOptional()
                .map(article -> mapper.staff(article, Timestamps.now()));
    }

    @Transactional
    public Optional<StaffArticleView> find(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).map(article -> mapper.staff(article, Timestamps.now()));
    }

    @ChangesContent
    @Transactional
    public StaffArticleView replace(String idOrSlug, ArticleInput input, OptionalLong expectedVersion) {
        Article article = require(idOrSlug);
        Preconditions.check(expectedVersion, article.version, "article");
        return update(article, input);
    }

    /** Applies a JSON merge patch to the article's editable fields, validated like a full replacement. */
    @ChangesContent
    @Transactional
    public StaffArticleView patch(String idOrSlug, JsonNode patch, OptionalLong expectedVersion)
            throws JsonProcessingException {
        Article article = require(idOrSlug);
        Preconditions.check(expectedVersion, article.version, "article");
        if (!patch.isObject()) {
            throw Problems.badRequest("A merge patch must be a JSON object.");
        }
        JsonNode merged = JsonMergePatch.apply(json.valueToTree(editableFields(article)), patch);
        ArticleInput input = json.treeToValue(merged, ArticleInput.class);
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update(article, input);
    }

    @ChangesContent
    @Transactional
    public StaffArticleView publish(String idOrSlug) {
        Article article = require(idOrSlug);
        Instant now = Timestamps.now();
        if (!article.isPublicAt(now)) {
            article.publishAt = article.firstPublishedAt != null ? article.firstPublishedAt : now;
        }
        article.status = ArticleStatus.PUBLISHED;
        if (article.firstPublishedAt == null) {
            article.firstPublishedAt = article.publishAt;
        }
        return saved(article, now);
    }

    @ChangesContent
    @Transactional
    public StaffArticleView schedule(String idOrSlug, Instant publishAt) {
        Article article = require(idOrSlug);
        Instant now = Timestamps.now();
        if (!publishAt.isAfter(now)) {
            throw Problems.invalid("publishAt", "must be in the future; publish the article to make it public now");
        }
        if (article.isPublicAt(now)) {
            throw Problems.conflict("The article is already public; unpublish it before scheduling it again.");
        }
        article.status = ArticleStatus.SCHEDULED;
        article.publishAt = publishAt;
        return saved(article, now);
    }

    /** Takes a public article down; a scheduled one goes back to draft. */
    @ChangesContent
    @Transactional
    public StaffArticleView unpublish(String idOrSlug) {
        Article article = require(idOrSlug);
        Instant now = Timestamps.now();
        if (article.isPublicAt(now)) {
            if (article.firstPublishedAt == null) {
                article.firstPublishedAt = article.publishAt;
            }
            article.status = ArticleStatus.UNPUBLISHED;
        } else if (article.status == ArticleStatus.SCHEDULED) {
            article.status = ArticleStatus.DRAFT;
            article.publishAt = null;
        }
        return saved(article, now);
    }

    @ChangesContent
    @Transactional
    public void delete(String idOrSlug, OptionalLong expectedVersion) {
        Article article = require(idOrSlug);
        Preconditions.check(expectedVersion, article.version, "article");
        changed.fire(new ArticleChanged(article.id, article.slug, false, true));
        article.delete();
    }

    private Article require(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).orElseThrow(() -> Problems.notFound("article", idOrSlug));
    }

    private StaffArticleView update(Article article, ArticleInput input) {
        Instant now = Timestamps.now();
        boolean bodyChanges = !input.body().equals(article.bodyMarkdown);
        boolean corrected =
                input.correctionNote() != null && !input.correctionNote().isBlank();
        if (corrected) {
            if (!article.isPublicAt(now)) {
                throw Problems.invalid("correctionNote", "only a published article takes a correction note");
            }
            Correction correction = new Correction();
            correction.article = article;
            correction.note = input.correctionNote().strip();
            correction.correctedAt = now;
            article.corrections.add(correction);
            article.correctedAt = now;
        }
        if (input.slug() != null && !input.slug().equals(article.slug)) {
            article.slug = chooseSlug(input.slug(), input.title(), article.id);
        }
        apply(article, input, now);
        if (bodyChanges) {
            em.flush();
            bodyChanged.fire(new ArticleBodyChanged(article.id));
        }
        return saved(article, now, corrected);
    }

    private StaffArticleView saved(Article article, Instant now) {
        return saved(article, now, false);
    }

    private StaffArticleView saved(Article article, Instant now, boolean corrected) {
        article.updatedAt = now;
        em.flush();
        changed.fire(new ArticleChanged(article.id, article.slug, corrected, false));
        return mapper.staff(article, now);
    }

    private void apply(Article article, ArticleInput input, Instant now) {
        article.title = input.title().strip();
        article.dek = Text.blankToNull(input.dek());
        article.featuredImage = images.reference("featuredImageId", input.featuredImageId());
        if (!input.body().equals(article.bodyMarkdown)) {
            RenderedBody body = renderWithImages(article, input.body());
            article.bodyMarkdown = input.body();
            article.bodyHtml = body.html();
            article.bodyText = body.text();
            article.excerpt = body.excerpt();
            article.wordCount = body.wordCount();
            article.readingMinutes = body.readingMinutes();
        }
        article.canonicalUrl = Text.blankToNull(input.canonicalUrl());
        article.language = input.language() == null ? "en" : input.language();
        article.copyrightHolder = Text.blankToNull(input.copyrightHolder());
        article.copyrightYear = input.copyrightYear();
        article.rightsStatement = Text.blankToNull(input.rightsStatement());
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Person> authors = resolve(input.authorSlugs(), "authors", "person", Person.class, unknown);
        List<Tag> tags = resolve(input.tagSlugs(), "tags", "tag", Tag.class, unknown);
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Validation Failed",
                    "The request names people or tags that do not exist.",
                    unknown);
        }
        article.authors.clear();
        article.authors.addAll(authors);
        article.tags.clear();
        article.tags.addAll(tags);
        article.updatedAt = now;
    }

    /**
     * Renders a body whose Markdown images become image records: each needs alt text, and an image Lede does not
     * know yet is fetched and checked now. The article remembers which images its body shows.
     */
    private RenderedBody renderWithImages(Article article, String markdown) {
        var document = renderer.parse(markdown);
        List<BodyImage> named = renderer.images(document);
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).alt().isBlank()) {
                throw Problems.invalid(
                        "body",
                        "image " + (i + 1) + " (" + named.get(i).url() + ") needs alt text: write ![what it shows]("
                                + named.get(i).url() + ")");
            }
        }
        if (named.size() > images.maxPerBody()) {
            throw Problems.invalid("body", "shows " + named.size() + " images; at most " + images.maxPerBody());
        }
        Map<String, Image> records = images.forBody("body", named);
        Map<String, Picture> pictures = new HashMap<>();
        for (BodyImage image : named) {
            Image record = records.get(image.url().strip());
            pictures.put(
                    image.url(),
                    new Picture(record.sourceUrl, record.width, record.height, images.srcset(record), images.sizes()));
        }
        article.bodyImages.clear();
        article.bodyImages.addAll(records.values());
        return renderer.render(document, pictures);
    }

    private ArticleInput editableFields(Article article) {
        return new ArticleInput(
                article.slug,
                article.title,
                article.dek,
                article.bodyMarkdown,
                article.authors.stream().map(p -> p.slug).toList(),
                article.tags.stream().map(t -> t.slug).toList(),
                article.canonicalUrl,
                article.language,
                article.copyrightHolder,
                article.copyrightYear,
                article.rightsStatement,
                article.featuredImage == null ? null : article.featuredImage.id,
                null);
    }

    /** Loads entities by slug in one query, adding one field error per slug that names nothing. */
    private <T> List<T> resolve(
            List<String> slugs, String field, String what, Class<T> type, List<Problem.FieldError> errors) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, T> found = em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e.slug in :slugs", type)
                .setParameter("slugs", slugs)
                .getResultStream()
                .collect(Collectors.toMap(e -> slugOf(e), Function.identity()));
        List<T> resolved = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            T entity = found.get(slugs.get(i));
            if (entity == null) {
                errors.add(new Problem.FieldError(
                        field + "[" + i + "]", "no " + what + " has the slug '" + slugs.get(i) + "'"));
            } else if (seen.add(slugs.get(i))) {
                resolved.add(entity);
            }
        }
        return resolved;
    }

    private static String slugOf(Object entity) {
        return entity instanceof Person person ? person.slug : ((Tag) entity).slug;
    }

    private String chooseSlug(String requested, String title, Long selfId) {
        if (requested != null) {
            if (slugTaken(requested, selfId)) {
                throw Problems.conflict("An article with the slug '" + requested + "' already exists.");
            }
            return requested;
        }
        return Slugs.unique(Slugs.fromTitle(title, "article"), slug -> slugTaken(slug, selfId));
    }

    private boolean slugTaken(String slug, Long selfId) {
        return Article.findBySlug(slug).filter(a -> !a.id.equals(selfId)).isPresent();
    }
}
