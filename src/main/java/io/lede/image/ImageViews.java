package io.lede.image;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies for images. */
public final class ImageViews {

    private ImageViews() {}

    @Schema(
            name = "FocalPoint",
            description = "Where the subject is, as fractions of width and height from the top left")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", example = "0.5")
            double x,

            @Schema(minimum = "0", maximum = "1", example = "0.4")
            double y) {}

    @Schema(
            name = "Image",
            description = "An image as frontends show it: the source, its words and its responsive variants")
    public record ImageView(
            long id,

            @Schema(description = "The source on the newsroom's image host")
            String url,

            @Schema(description = "Text that stands in for the image")
            String alt,

            @Schema(nullable = true) String caption,

            @Schema(nullable = true, description = "Who made it")
            String credit,

            @Schema(nullable = true, description = "Who owns it")
            String copyright,

            @Schema(description = "Read from the image itself")
            int width,

            @Schema(description = "Read from the image itself")
            int height,

            FocalPoint focalPoint,
            @Schema(example = "image/jpeg") String mediaType,

            @Schema(
                    description = "Candidates for the img srcset attribute: the image host's resized variants and the"
                            + " source at its own width")
            String srcset,

            @JsonIgnore @Schema(hidden = true) Instant updatedAt) {

        /** When an answer showing this image last changed, given when the rest of it did. */
        public Instant changedSince(Instant other) {
            return updatedAt != null && updatedAt.isAfter(other) ? updatedAt : other;
        }
    }

    @Schema(name = "StaffImage", description = "An image record as staff see it")
    public record StaffImageView(
            long id,
            String url,
            String alt,
            @Schema(nullable = true) String caption,
            @Schema(nullable = true) String credit,
            @Schema(nullable = true) String copyright,
            int width,
            int height,
            FocalPoint focalPoint,
            String mediaType,

            @Schema(description = "The size of the source in bytes when it was checked")
            long byteSize,

            String srcset,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Changes on every write; send it back in If-Match as the ETag")
            long version) {}
}
