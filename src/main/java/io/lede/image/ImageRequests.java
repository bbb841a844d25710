package io.lede.image;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff API for images. */
public final class ImageRequests {

    private ImageRequests() {}

    @Schema(name = "FocalPointInput")
    public record FocalPointInput(
            @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {}

    /** The editable fields of an image; Lede reads width, height and media type from the source itself. */
    @Schema(name = "ImageInput")
    public record ImageInput(
            @Schema(
                    description = "An https URL on the newsroom's image host; Lede fetches it to check it is an image",
                    example = "https://images.example.org/harbour.jpg")
            @NotBlank
            @Size(max = 2048)
            String url,

            @Schema(description = "Text that stands in for the image, for readers who cannot see it")
            @NotBlank
            @Size(max = 1000)
            String alt,

            @Schema(nullable = true) @Size(max = 2000) String caption,
            @Schema(nullable = true) @Size(max = 300) String credit,
            @Schema(nullable = true) @Size(max = 300) String copyright,

            @Schema(nullable = true, description = "Where the subject is; the centre when left out") @Valid
            FocalPointInput focalPoint) {}
}
