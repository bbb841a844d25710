package io.lede.image;

import io.lede.image.ImageRequests.FocalPointInput;
import io.lede.image.ImageRequests.ImageInput;
import io.lede.image.ImageViews.FocalPoint;
import io.lede.image.ImageViews.ImageView;
import io.lede.image.ImageViews.StaffImageView;
import io.lede.publishing.ChangesContent;
import io.lede.support.JpqlQuery;
import io.lede.support.Text;
import io.lede.support.Timestamps;
import io.lede.web.Cursor;
import io.lede.web.Page;
import io.lede.web.Paging;
import io.lede.web.Preconditions;
import io.lede.web.Problem;
import io.lede.web.ProblemException;
import io.lede.web.Problems;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Image records: staff writes and reads, the images article bodies name, and the views other features embed. A
 * source is fetched and checked before the transaction that saves it, so no database connection waits on another
 * host; images named in an article body are the exception (they are checked inside the article's save).
 */
@ApplicationScoped
public class ImageService {

    private final EntityManager em;
    private final ImageFetcher fetcher;
    private final Srcset srcset;
    private final List<ImageUses> uses;
    private final ImageWrites writes;
    private final ImageConfig config;

    public ImageService(
            EntityManager em, ImageFetcher fetcher, ImageConfig config, @All List<ImageUses> uses, ImageWrites writes) {
        this.em = em;
        this.fetcher = fetcher;
        this.srcset = new Srcset(config.resizeTemplate(), config.widths());
        this.uses = uses;
        this.writes = writes;
        this.config = config;
    }

    /** The {@code sizes} attribute of body images. */
    public String sizes() {
        return config.sizes();
    }

    /** How many images one body may show. */
    public int maxPerBody() {
        return config.maxPerBody();
    }

    /**
     * Saves a record for an image Lede ships and serves itself (the demo's), read from its bytes rather than
     * fetched: at start-up nothing is listening yet to answer a fetch.
     */
    @ChangesContent
    @Transactional
    public StaffImageView createShipped(ImageInput input, byte[] bytes) {
        ImageHeader.Header header;
        try {
            header = ImageHeader.read(bytes);
        } catch (ImageHeader.NotAnImage e) {
            throw new IllegalStateException(input.url() + " " + e.getMessage());
        }
        ProbedImage probed =
                new ProbedImage(input.url().strip(), header.width(), header.height(), header.mediaType(), bytes.length);
        return staff(writes.create(probed, input));
    }

    /** Checks the source, then saves a new record. */
    public StaffImageView create(ImageInput input) {
        String url = input.url().strip();
        refuseTakenUrl(url, null);
        ProbedImage probed = fetcher.fetch("url", url);
        return staff(writes.create(probed, input));
    }

    /** Replaces the editable fields; a new URL is checked like a new image, and only if no body embeds the old. */
    public StaffImageView update(long id, ImageInput input, OptionalLong expectedVersion) {
        Image current = QuarkusTransaction.requiringNew().call(() -> require(id));
        Preconditions.check(expectedVersion, current.version, "image");
        String url = input.url().strip();
        ProbedImage probed = null;
        if (!url.equals(current.sourceUrl)) {
            refuseTakenUrl(url, id);
            List<ImageUse> embedding = QuarkusTransaction.requiringNew().call(() -> usesOf(id)).stream()
                    .filter(ImageUse::embedsUrl)
                    .toList();
            if (!embedding.isEmpty()) {
                throw Problems.conflict("The image is shown " + describe(embedding)
                        + " by its URL; change the URL there, which makes a new image record.");
            }
            probed = fetcher.fetch("url", url);
        }
        return staff(writes.update(id, expectedVersion, probed, input));
    }

    @ChangesContent
    @Transactional
    public void delete(long id, OptionalLong expectedVersion) {
        Image image = require(id);
        Preconditions.check(expectedVersion, image.version, "image");
        List<ImageUse> inUse = usesOf(id);
        if (!inUse.isEmpty()) {
            throw Problems.conflict("The image is shown " + describe(inUse) + "; remove it there first.");
        }
        image.delete();
    }

    @Transactional
    public Optional<StaffImageView> find(long id) {
        return Image.<Image>findByIdOptional(id).map(this::staff);
    }

    /** Every image, most recently changed first. */
    @Transactional
    public Page<StaffImageView> list(Cursor after, int limit) {
        List<Image> images = new JpqlQuery("select i from Image i where 1 = 1")
                .after(after, "i.updatedAt", "i.id")
                .orderBy("i.updatedAt desc, i.id desc", em, Image.class)
                .setMaxResults(limit + 1)
                .getResultList();
        Page<Image> page = Paging.page(images, limit, image -> Cursor.after(image.updatedAt, image.id));
        return new Page<>(page.items().stream().map(this::staff).toList(), page.nextCursor());
    }

    /** The image with this id, for another feature to point at; a 400 naming {@code field} when there is none. */
    public Image reference(String field, Long id) {
        if (id == null) {
            return null;
        }
        return Image.<Image>findByIdOptional(id)
                .orElseThrow(() -> Problems.invalid(field, "no image has the id " + id));
    }

    /**
     * The records of the images a Markdown body shows, by URL, in the caller's transaction: a URL Lede already knows
     * is its record; a new one is fetched, checked and saved with the body's alt text. Problems name {@code field}
     * and the image.
     */
    public Map<String, Image> forBody(String field, Collection<BodyImage> images) {
        Map<String, Image> found = new LinkedHashMap<>();
        if (images.isEmpty()) {
            return found;
        }
        Map<String, String> altByUrl = new LinkedHashMap<>();
        images.forEach(image -> altByUrl.putIfAbsent(image.url().strip(), image.alt()));
        em.createQuery("select i from Image i where i.sourceUrl in :urls", Image.class)
                .setParameter("urls", altByUrl.keySet())
                .getResultStream()
                .forEach(image -> found.put(image.sourceUrl, image));
        Instant now = Timestamps.now();
        for (Map.Entry<String, String> wanted : altByUrl.entrySet()) {
            if (found.containsKey(wanted.getKey())) {
                continue;
            }
            ProbedImage probed;
            try {
                probed = fetcher.fetch(field, wanted.getKey());
            } catch (ProblemException e) {
                throw namingImage(e, field, wanted.getKey());
            }
            Image image = new Image();
            image.takeProbe(probed);
            image.alt = Text.clip(wanted.getValue().strip(), 1000);
            image.createdAt = now;
            image.updatedAt = now;
            image.persist();
            found.put(image.sourceUrl, image);
        }
        return found;
    }

    /** An image as answers embed it (a featured image, a portrait); null for none. */
    public ImageView view(Image image) {
        if (image == null) {
            return null;
        }
        return new ImageView(
                image.id,
                image.sourceUrl,
                image.alt,
                image.caption,
                image.credit,
                image.copyright,
                image.width,
                image.height,
                new FocalPoint(image.focalX, image.focalY),
                image.mediaType,
                srcset(image),
                image.updatedAt);
    }

    /**
     * The image as shown at most {@code maxWidth} pixels wide (a thumbnail, say, for answers whose policy allows no
     * more): the host's resized URL, the height scaled to match and only the candidates that fit. The image itself
     * when it is no wider.
     */
    public ImageView atMost(ImageView image, int maxWidth) {
        if (image == null || maxWidth <= 0 || image.width() <= maxWidth) {
            return image;
        }
        int height = Math.max(1, Math.round(image.height() * (maxWidth / (float) image.width())));
        return new ImageView(
                image.id(),
                srcset.resized(image.url(), maxWidth),
                image.alt(),
                image.caption(),
                image.credit(),
                image.copyright(),
                maxWidth,
                height,
                image.focalPoint(),
                image.mediaType(),
                srcset.upTo(image.url(), image.width(), maxWidth),
                image.updatedAt());
    }

    /** Views of these images by id, in one statement, for a page of answers. */
    public Map<Long, ImageView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ImageView> views = new HashMap<>();
        em.createQuery("select i from Image i where i.id in :ids", Image.class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .forEach(image -> views.put(image.id, view(image)));
        return views;
    }

    /** The {@code srcset} of an image, for renderers of HTML. */
    public String srcset(Image image) {
        return srcset.of(image.sourceUrl, image.width);
    }

    StaffImageView staff(Image image) {
        return new StaffImageView(
                image.id,
                image.sourceUrl,
                image.alt,
                image.caption,
                image.credit,
                image.copyright,
                image.width,
                image.height,
                new FocalPoint(image.focalX, image.focalY),
                image.mediaType,
                image.byteSize,
                srcset(image),
                image.createdAt,
                image.updatedAt,
                image.version);
    }

    static void apply(Image image, ImageInput input, Instant now) {
        image.alt = input.alt().strip();
        image.caption = Text.blankToNull(input.caption());
        image.credit = Text.blankToNull(input.credit());
        image.copyright = Text.blankToNull(input.copyright());
        FocalPointInput focal = input.focalPoint();
        image.focalX = focal == null ? 0.5 : focal.x();
        image.focalY = focal == null ? 0.5 : focal.y();
        image.updatedAt = now;
    }

    Image require(long id) {
        return Image.<Image>findByIdOptional(id).orElseThrow(() -> Problems.notFound("image", Long.toString(id)));
    }

    private List<ImageUse> usesOf(long id) {
        return uses.stream().flatMap(u -> u.of(id).stream()).toList();
    }

    private static String describe(List<ImageUse> uses) {
        return uses.stream().map(u -> u.where() + " (" + u.count() + ")").collect(Collectors.joining(", "));
    }

    private void refuseTakenUrl(String url, Long selfId) {
        QuarkusTransaction.requiringNew().run(() -> Image.findBySourceUrl(url)
                .filter(other -> !other.id.equals(selfId))
                .ifPresent(other -> {
                    throw Problems.conflict("Image " + other.id + " already has this URL; point to it instead.");
                }));
    }

    private static ProblemException namingImage(ProblemException e, String field, String url) {
        List<Problem.FieldError> errors = e.errors() == null
                ? List.of(new Problem.FieldError(field, "the image " + url + ": " + e.getMessage()))
                : e.errors().stream()
                        .map(error -> new Problem.FieldError(field, "the image " + url + " " + error.message()))
                        .toList();
        return new ProblemException(e.status(), e.code(), e.title(), e.getMessage(), errors);
    }
}
