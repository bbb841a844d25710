package io.lede.changes;

import io.lede.changes.WebhookService.Owner;
import io.lede.changes.WebhookViews.CreatedWebhook;
import io.lede.changes.WebhookViews.DeliveryPage;
import io.lede.changes.WebhookViews.NewWebhook;
import io.lede.changes.WebhookViews.WebhookList;
import io.lede.changes.WebhookViews.WebhookView;
import io.lede.security.Roles;
import io.lede.security.Scope;
import io.lede.syndication.PartnerCallers;
import io.lede.web.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

/** Webhook subscriptions for staff (scope webhooks:manage) and partners (their own). */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed and webhooks: changes reach partners and caches by themselves")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "partnerKey")
@RolesAllowed({Scope.WEBHOOKS_MANAGE, Roles.PARTNER})
public class WebhookResource {

    private static final String ID = "The subscription's id";

    private final WebhookService webhooks;
    private final SecurityIdentity identity;
    private final PartnerCallers partners;

    public WebhookResource(WebhookService webhooks, SecurityIdentity identity, PartnerCallers partners) {
        this.webhooks = webhooks;
        this.identity = identity;
        this.partners = partners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to change events",
            description = "Lede POSTs each matching event to the URL, signed per Standard Webhooks (webhook-id,"
                    + " webhook-timestamp, webhook-signature) with the secret in this answer, which is shown once."
                    + " Failed deliveries are retried with backoff for 24 hours; a subscription with no success for"
                    + " a day is disabled. A partner's subscription gets what its change feed shows it. The URL"
                    + " must be https on a public host.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; the secret is in the body this once",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "400", description = "A missing or refused URL, or an unknown event type")
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    public RestResponse<CreatedWebhook> create(@NotNull(message = "a body is required") @Valid NewWebhook request) {
        CreatedWebhook created = webhooks.create(request, owner());
        RestResponse.ResponseBuilder<CreatedWebhook> answer =
                RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created);
        return answer.location(
                        URI.create("/api/v1/webhooks/" + created.webhook().id()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhook subscriptions",
            description = "Staff see every subscription; a partner sees its own.")
    @APIResponse(
            responseCode = "200",
            description = "The subscriptions",
            content = @Content(schema = @Schema(implementation = WebhookList.class)))
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    public WebhookList list() {
        return webhooks.list(owner());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "readWebhook",
            summary = "Read a webhook subscription",
            description = "Its URL, event types, status and failure times, never its secret. A partner reads only its"
                    + " own subscriptions.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    @APIResponse(responseCode = "404", description = "No subscription of yours has that id")
    public WebhookView read(@Parameter(description = ID) @PathParam("id") long id) {
        return webhooks.find(id, owner());
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Pending deliveries go too.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    @APIResponse(responseCode = "404", description = "No subscription of yours has that id")
    public RestResponse<Void> delete(@Parameter(description = ID) @PathParam("id") long id) {
        webhooks.delete(id, owner());
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            operationId = "enableWebhook",
            summary = "Turn a disabled subscription back on",
            description = "Its deliveries still within their 24-hour retry window go out again.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, active",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    @APIResponse(responseCode = "404", description = "No subscription of yours has that id")
    public WebhookView enable(@Parameter(description = ID) @PathParam("id") long id) {
        return webhooks.enable(id, owner());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "List a subscription's deliveries with every attempt",
            description = "Newest first; each with its status, and every attempt's HTTP status, latency, error and"
                    + " the start of the receiver's answer.")
    @APIResponse(
            responseCode = "200",
            description = "The deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or limit")
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    @APIResponse(responseCode = "404", description = "No subscription of yours has that id")
    public DeliveryPage deliveries(
            @Parameter(description = ID) @PathParam("id") long id, @BeanParam PageRequest paging) {
        return webhooks.deliveries(id, owner(), paging.cursor(), paging.limit());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send a delivery again now",
            description = "Whatever became of it (delivered, failed or pending), it is due at once, with the same"
                    + " webhook-id and a fresh 24-hour retry window.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without webhooks:manage")
    @APIResponse(responseCode = "404", description = "No subscription of yours has that id, or no such delivery")
    public RestResponse<Void> redeliver(
            @Parameter(description = ID) @PathParam("id") long id,
            @Parameter(description = "The delivery's id") @PathParam("deliveryId") long deliveryId) {
        webhooks.redeliver(id, deliveryId, owner());
        return RestResponse.accepted();
    }

    private Owner owner() {
        return identity.hasRole(Roles.PARTNER) ? new Owner(partners.current().partnerId()) : Owner.STAFF;
    }
}
