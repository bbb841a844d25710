package io.lede.image;

import io.lede.image.ImageRequests.ImageInput;
import io.lede.publishing.ChangesContent;
import io.lede.support.Timestamps;
import io.lede.web.Preconditions;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The transactions that save image records, entered once the source has been checked. Each moves the content
 * version: every cached public answer that shows the image is rebuilt on its next read.
 */
@ApplicationScoped
class ImageWrites {

    private final EntityManager em;

    ImageWrites(EntityManager em) {
        this.em = em;
    }

    @ChangesContent
    @Transactional
    Image create(ProbedImage probed, ImageInput input) {
        if (Image.findBySourceUrl(probed.url()).isPresent()) {
            throw Problems.conflict("Another image was saved with this URL a moment ago; point to it instead.");
        }
        Instant now = Timestamps.now();
        Image image = new Image();
        image.takeProbe(probed);
        image.createdAt = now;
        ImageService.apply(image, input, now);
        image.persist();
        em.flush();
        return image;
    }

    @ChangesContent
    @Transactional
    Image update(long id, OptionalLong expectedVersion, ProbedImage probed, ImageInput input) {
        Image image =
                Image.<Image>findByIdOptional(id).orElseThrow(() -> Problems.notFound("image", Long.toString(id)));
        Preconditions.check(expectedVersion, image.version, "image");
        if (probed != null) {
            image.takeProbe(probed);
        }
        ImageService.apply(image, input, Timestamps.now());
        em.flush();
        return image;
    }
}
