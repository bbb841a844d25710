package io.lede.quote;

import io.lede.support.Slugs;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the quotation review API. */
public final class QuoteRequests {

    static final String KIND = "^(direct|mixed|indirect)$";

    private QuoteRequests() {}

    @Schema(name = "QuoteInput", description = "A quotation an editor adds by hand")
    public record NewQuote(
            @Schema(description = "Offset of the first quoted code point in the article's plain text") @NotNull @Min(0)
            Integer start,

            @Schema(description = "Offset after the last quoted code point") @NotNull @Min(1)
            Integer end,

            @Schema(nullable = true, description = "Slug of an existing person who said it")
            @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of a person")
            String speaker,

            @Schema(nullable = true, description = "Or their name: the person is found or added") @Size(max = 200)
            String speakerName,

            @Schema(nullable = true) @Size(max = 300) String speakerRole,
            @Schema(nullable = true) @Size(max = 200) String speakerAffiliation,

            @Schema(nullable = true, example = "said") @Size(max = 120)
            String cue,

            @Schema(nullable = true, description = "direct (default), mixed or indirect")
            @Pattern(regexp = KIND, message = "must be direct, mixed or indirect")
            String kind) {}

    @Schema(
            name = "QuoteCorrection",
            description = "What an editor corrects: members left out stay as they are (null counts as left out)")
    public record QuoteCorrection(
            @Min(0) Integer start,
            @Min(1) Integer end,

            @Schema(description = "Slug of an existing person who said it")
            @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of a person")
            String speaker,

            @Schema(description = "Or their name: the person is found or added") @Size(max = 200)
            String speakerName,

            @Size(max = 300) String speakerRole,
            @Size(max = 200) String speakerAffiliation,
            @Size(max = 120) String cue,

            @Pattern(regexp = KIND, message = "must be direct, mixed or indirect")
            String kind) {}
}
