package io.lede.web;

import io.lede.web.openapi.OpenApiHints;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A constant answer with no database behind it: for uptime checks, and the ceiling benchmarks measure against. */
@Path("/api/v1/ping")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Checks for monitors and benchmarks")
public class PingResource {

    private static final Pong PONG = new Pong("ok");

    @GET
    @Extension(name = OpenApiHints.NO_DATABASE, value = "true")
    @Operation(
            operationId = "ping",
            summary = "Answer at once with a constant body",
            description =
                    "No database is behind it: for uptime checks, and the ceiling the benchmarks measure against.")
    @APIResponse(
            responseCode = "200",
            description = "Lede is answering",
            content = @Content(schema = @Schema(implementation = Pong.class)))
    public Pong ping() {
        return PONG;
    }

    @Schema(name = "Pong")
    public record Pong(String status) {}
}
