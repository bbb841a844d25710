package io.lede.syndication;

import static io.lede.web.Problem.BODY_REQUIRED;

import io.lede.security.Roles;
import io.lede.security.Scope;
import io.lede.syndication.FeedTokenViews.FeedTokenList;
import io.lede.syndication.FeedTokenViews.FeedTokenView;
import io.lede.syndication.FeedTokenViews.IssuedFeedToken;
import io.lede.syndication.FeedTokenViews.NewFeedToken;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Feed tokens, by the partner itself (with its key) and by staff: feed readers cannot send a key. */
public final class FeedTokenResource {

    private static final String TOKEN_ID = "The feed token's id";

    private FeedTokenResource() {}

    @Path("/api/v1/partner/feed-tokens")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Partners", description = "Syndication under the publisher's terms (a partner key)")
    @SecurityRequirement(name = "partnerKey")
    @RolesAllowed(Roles.PARTNER)
    public static class Own {

        private final FeedTokens tokens;
        private final PartnerCallers callers;

        public Own(FeedTokens tokens, PartnerCallers callers) {
            this.tokens = tokens;
            this.callers = callers;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(
                operationId = "issueOwnFeedToken",
                summary = "Make a feed token for a feed reader",
                description = "The token goes in feed URLs as `?token=`: the feeds then follow your policy and tier,"
                        + " spend the quota of the calling key (or the key named) and count in your usage. The"
                        + " secret is in this response only.")
        @APIResponse(
                responseCode = "201",
                description = "The token, its secret and ready feed URLs",
                content = @Content(schema = @Schema(implementation = IssuedFeedToken.class)))
        @APIResponse(
                responseCode = "400",
                description = "The name is missing, or the key is not a working key of yours")
        @APIResponse(responseCode = "401", description = "No partner key, or one that is revoked or expired")
        @APIResponse(responseCode = "403", description = "A staff token: this operation is for partners")
        public RestResponse<IssuedFeedToken> issue(
                @NotNull(message = BODY_REQUIRED) @Valid NewFeedToken requestBody, @Context UriInfo uri) {
            IssuedFeedToken token = tokens.issue(
                    callers.current(), requestBody, uri.getBaseUri().toString());
            return RestResponse.ResponseBuilder.<IssuedFeedToken>created(
                            URI.create("/api/v1/partner/feed-tokens/" + token.id()))
                    .entity(token)
                    .build();
        }

        @GET
        @Operation(
                operationId = "listOwnFeedTokens",
                summary = "List your feed tokens, without their secrets",
                description = "Revoked ones included.")
        @APIResponse(
                responseCode = "200",
                description = "Your feed tokens",
                content = @Content(schema = @Schema(implementation = FeedTokenList.class)))
        @APIResponse(responseCode = "401", description = "No partner key, or one that is revoked or expired")
        @APIResponse(responseCode = "403", description = "A staff token: this operation is for partners")
        public FeedTokenList list() {
            return new FeedTokenList(tokens.list(callers.current().partnerId()));
        }

        @DELETE
        @Path("/{tokenId}")
        @Operation(
                operationId = "revokeOwnFeedToken",
                summary = "Revoke a feed token",
                description = "Feeds with it answer 401 at once on this instance and within a second on every other.")
        @APIResponse(
                responseCode = "200",
                description = "The revoked token",
                content = @Content(schema = @Schema(implementation = FeedTokenView.class)))
        @APIResponse(responseCode = "401", description = "No partner key, or one that is revoked or expired")
        @APIResponse(responseCode = "403", description = "A staff token: this operation is for partners")
        @APIResponse(responseCode = "404", description = "You have no feed token with that id")
        public FeedTokenView revoke(@Parameter(description = TOKEN_ID) @PathParam("tokenId") long tokenId) {
            return tokens.revoke(callers.current().partnerId(), tokenId);
        }
    }

    @Path("/api/v1/admin/partners/{id}/feed-tokens")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Partners")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed(Scope.PARTNERS_MANAGE)
    public static class Staff {

        private static final String ID = "The partner's numeric id or slug";

        private final FeedTokens tokens;

        public Staff(FeedTokens tokens) {
            this.tokens = tokens;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(
                operationId = "issueFeedToken",
                summary = "Make a feed token for a partner",
                description = "It spends the quota of the key named, or of the partner's newest working key. The"
                        + " secret is in this response only.")
        @APIResponse(
                responseCode = "201",
                description = "The token, its secret and ready feed URLs",
                content = @Content(schema = @Schema(implementation = IssuedFeedToken.class)))
        @APIResponse(
                responseCode = "400",
                description = "The name is missing, or the key is not a working key of theirs")
        @APIResponse(responseCode = "404", description = "No partner has that id or slug")
        @APIResponse(responseCode = "409", description = "The partner has no working key")
        public RestResponse<IssuedFeedToken> issue(
                @Parameter(description = ID) @PathParam("id") String id,
                @NotNull(message = BODY_REQUIRED) @Valid NewFeedToken requestBody,
                @Context UriInfo uri) {
            IssuedFeedToken token =
                    tokens.issue(id, requestBody, uri.getBaseUri().toString());
            return RestResponse.ResponseBuilder.<IssuedFeedToken>created(
                            URI.create("/api/v1/admin/partners/" + token.partnerId() + "/feed-tokens/" + token.id()))
                    .entity(token)
                    .build();
        }

        @GET
        @Operation(
                operationId = "listFeedTokens",
                summary = "List a partner's feed tokens, without their secrets",
                description = "Revoked ones included, with their prefix and last use.")
        @APIResponse(
                responseCode = "200",
                description = "The partner's feed tokens",
                content = @Content(schema = @Schema(implementation = FeedTokenList.class)))
        @APIResponse(responseCode = "404", description = "No partner has that id or slug")
        public FeedTokenList list(@Parameter(description = ID) @PathParam("id") String id) {
            return new FeedTokenList(tokens.list(id));
        }

        @DELETE
        @Path("/{tokenId}")
        @Operation(
                operationId = "revokeFeedToken",
                summary = "Revoke a partner's feed token",
                description = "Feeds with it answer 401 at once on this instance and within a second on every other;"
                        + " the record stays for audit.")
        @APIResponse(
                responseCode = "200",
                description = "The revoked token",
                content = @Content(schema = @Schema(implementation = FeedTokenView.class)))
        @APIResponse(responseCode = "404", description = "No such partner, or the token is not theirs")
        public FeedTokenView revoke(
                @Parameter(description = ID) @PathParam("id") String id,
                @Parameter(description = TOKEN_ID) @PathParam("tokenId") long tokenId) {
            return tokens.revoke(id, tokenId);
        }
    }
}
