package io.lede.ingest;

import io.lede.security.Scope;
import io.lede.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/articles/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: articles")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.ARTICLES_WRITE)
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(
            operationId = "importArticle",
            summary = "Import a scraped news page as a draft",
            description = "Send the whole page as text/plain or text/html (up to 2 MB). The headline becomes the"
                    + " title, page furniture is removed and listed, the copyright footer becomes the article's"
                    + " rights. Importing the same page again makes no second article.")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "201",
            description = "The new draft, with what was removed and the rights found",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(
            responseCode = "200",
            description = "The page was imported before: its draft, and no new article",
            content = @Content(schema = @Schema(implementation = ImportResult.class)),
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_LOCATION,
                            description = "Where the existing draft is",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(responseCode = "400", description = "The body is empty, or is not text")
    @APIResponse(responseCode = "413", description = "The page is larger than 2 MB")
    @APIResponse(responseCode = "422", description = "The page has no story text once its furniture is removed")
    public RestResponse<ImportResult> importPage(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] page) {
        String text = decode(page, contentType);
        ImportResult result;
        try {
            result = MediaType.valueOf(contentType).isCompatible(MediaType.TEXT_HTML_TYPE)
                    ? imports.importHtml(text)
                    : imports.importText(text);
        } catch (UnusablePageException e) {
            throw new ProblemException(422, "no-story", "Nothing to Import", e.getMessage());
        }
        URI location = URI.create("/api/v1/admin/articles/" + result.article().id());
        return result.duplicate()
                ? RestResponse.ResponseBuilder.ok(result)
                        .header(HttpHeaders.CONTENT_LOCATION, location)
                        .build()
                : RestResponse.ResponseBuilder.<ImportResult>created(location)
                        .entity(result)
                        .build();
    }

    /** Strict decoding: a page that is not text in its declared charset is refused rather than garbled. */
    private static String decode(byte[] page, String contentType) {
        if (page == null || page.length == 0) {
            throw new ProblemException(400, "empty-body", "Empty Body", "Send the page as the request body.");
        }
        try {
            String text = charsetOf(contentType)
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page))
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw notText();
            }
            if (text.isBlank()) {
                throw new ProblemException(400, "empty-body", "Empty Body", "The page is only whitespace.");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw notText();
        }
    }

    private static Charset charsetOf(String contentType) {
        String charset = contentType == null
                ? null
                : MediaType.valueOf(contentType).getParameters().get("charset");
        try {
            return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(
                    400, "unknown-charset", "Unknown Charset", "The charset '" + charset + "' is not one Lede reads.");
        }
    }

    private static ProblemException notText() {
        return new ProblemException(
                400, "not-text", "Not Text", "The body is not text in its declared charset (UTF-8 unless it says).");
    }
}
