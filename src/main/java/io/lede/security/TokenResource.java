package io.lede.security;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.security.TokenViews.IssuedToken;
import io.lede.security.TokenViews.NewToken;
import io.lede.security.TokenViews.TokenList;
import io.lede.security.TokenViews.TokenView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: tokens", description = "Staff API tokens (scope tokens:manage)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.TOKENS_MANAGE)
public class TokenResource {

    private final TokenService tokens;
    private final StaffCaller caller;

    public TokenResource(TokenService tokens, StaffCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "issueToken",
            summary = "Issue a token",
            description = "The secret is in this response only; Lede keeps a hash.")
    @APIResponse(
            responseCode = "201",
            description = "The token and its secret",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "The name is missing or a scope is unknown")
    @APIResponse(responseCode = "403", description = "A scope asked for is one the calling token does not hold")
    public RestResponse<IssuedToken> issue(@NotNull(message = BODY_REQUIRED) @Valid NewToken requestBody) {
        IssuedToken issued = tokens.issue(requestBody, caller.scopes());
        return RestResponse.ResponseBuilder.<IssuedToken>created(URI.create("/api/v1/admin/tokens/" + issued.id()))
                .entity(issued)
                .build();
    }

    @GET
    @Operation(
            operationId = "listTokens",
            summary = "List tokens, revoked ones included, without their secrets",
            description = "Each token shows its prefix, scopes, creation, last use and revocation; never its secret.")
    @APIResponse(
            responseCode = "200",
            description = "Every token",
            content = @Content(schema = @Schema(implementation = TokenList.class)))
    public TokenList list() {
        return new TokenList(tokens.list());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeToken",
            summary = "Revoke a token",
            description = "It stops working at once; the record stays for audit.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked token",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "403", description = "The token has a scope the calling token does not hold")
    @APIResponse(responseCode = "404", description = "No token has that id")
    public TokenView revoke(@Parameter(description = "The token's id") @PathParam("id") long id) {
        return tokens.revoke(id, caller.scopes());
    }
}
