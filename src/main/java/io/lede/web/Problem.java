package io.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem detail",
        requiredProperties = {"type", "title", "status", "detail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:lede:problem:not-found")
        String type,

        @Schema(description = "A short summary of the kind of problem", example = "Not Found")
        String title,

        @Schema(description = "The HTTP status code", example = "404")
        int status,

        @Schema(description = "What went wrong this time, for a person to read")
        String detail,

        @Schema(description = "The request path that had the problem", example = "/api/v1/articles/no-such-story")
        String instance,

        @Schema(description = "One entry per invalid field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BODY_REQUIRED = "is required: send a JSON object";

    @Schema(name = "FieldError", description = "A field that failed validation")
    public record FieldError(
            @Schema(example = "title") String field,
            @Schema(example = "must not be blank") String message) {}
}
