package io.lede.changes;

import io.lede.changes.ChangeFeed.Position;
import io.lede.changes.ChangeFeed.Reader;
import io.lede.changes.ChangeFeed.Slice;
import io.lede.changes.ChangeViews.ChangePage;
import io.lede.publishing.ContentVersion;
import io.lede.security.Roles;
import io.lede.security.Scope;
import io.lede.syndication.PartnerCallers;
import io.lede.web.Paging;
import io.lede.web.Problems;
import io.lede.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The change feed: every public change in commit order, for staff and (under their policy) partners. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed and webhooks: changes reach partners and caches by themselves")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "partnerKey")
public class ChangeResource {

    private final ChangeFeed feed;
    private final ContentVersion versions;
    private final ChangesConfig config;
    private final SecurityIdentity identity;
    private final PartnerCallers partners;

    public ChangeResource(
            ChangeFeed feed,
            ContentVersion versions,
            ChangesConfig config,
            SecurityIdentity identity,
            PartnerCallers partners) {
        this.partners = partners;
        this.feed = feed;
        this.versions = versions;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Blocking
    @RolesAllowed({Scope.CHANGES_READ, Scope.ARTICLES_WRITE, Roles.PARTNER})
    @Operation(
            operationId = "listChanges",
            summary = "Follow every change to public content, in commit order",
            description = "Articles published, updated, corrected, unpublished and deleted, and quotations confirmed,"
                    + " updated and removed, oldest first, each with the item's new version or a tombstone."
                    + " Follow `nextCursor` (also in `Link: rel=\"next\"`): from any cursor it never skips nor"
                    + " repeats a change, even when writers commit out of order. Without `cursor` or `since` the"
                    + " feed starts at its beginning. `wait` holds an empty answer open until a change arrives (up to"
                    + " 15 s). Staff (scope changes:read or articles:write) see every change; a partner sees"
                    + " tombstones and the changes of items its policy lets it see now (no embargoed or withheld"
                    + " item, no quotation its policy keeps back). Drafts and scheduled articles never appear.")
    @APIResponse(
            responseCode = "200",
            description = "The next changes, possibly none, and where to continue",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed cursor, time, wait or limit, or both cursor and since")
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown or revoked")
    @APIResponse(responseCode = "403", description = "A staff token without changes:read or articles:write")
    public Uni<RestResponse<ChangePage>> list(
            @Parameter(description = "The `nextCursor` of the previous answer, or an event's `cursor`")
                    @QueryParam("cursor")
                    String cursor,
            @Parameter(description = "Start at the first change at or after this time (ISO-8601, or a date)")
                    @QueryParam("since")
                    String since,
            @Parameter(
                            description = "Seconds to wait for a change when there is none yet, 0 to 15",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "15"))
                    @QueryParam("wait")
                    String wait,
            @Parameter(
                            description = "Changes per page, 1 to 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        if (cursor != null && since != null) {
            throw Problems.badRequest("Give either cursor or since, not both.");
        }
        int size = Paging.limit(limit);
        Duration waitFor = waitFor(wait);
        Instant sinceTime = QueryParams.instant("since", since);
        Position from = cursor != null ? Position.decode(cursor) : null;
        Reader reader = reader();
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        Instant deadline = Instant.now().plus(waitFor);
        return Uni.createFrom()
                .item(() -> from != null ? from : sinceTime != null ? feed.since(sinceTime) : Position.START)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(start -> poll(start, size, reader, base, deadline))
                .map(slice -> answer(slice, uri));
    }

    /**
     * Reads, and when nothing is there yet and time remains, waits for the content version to move (in memory: a
     * write here, or another instance's seen by the version poller) before reading again. No thread nor
     * connection is held while waiting.
     */
    private Uni<Slice> poll(Position from, int size, Reader reader, String base, Instant deadline) {
        long generation = versions.generation();
        return Uni.createFrom()
                .item(() -> feed.read(from, size, reader, base))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(slice -> {
                    if (!slice.page().items().isEmpty() || !Instant.now().isBefore(deadline)) {
                        return Uni.createFrom().item(slice);
                    }
                    return Multi.createFrom()
                            .ticks()
                            .every(config.waitPoll())
                            .filter(tick -> versions.generation() != generation
                                    || !Instant.now().isBefore(deadline))
                            .toUni()
                            .flatMap(tick -> Instant.now().isBefore(deadline)
                                    ? poll(slice.next(), size, reader, base, deadline)
                                    : Uni.createFrom().item(slice));
                });
    }

    private RestResponse<ChangePage> answer(Slice slice, UriInfo uri) {
        String next = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", slice.page().nextCursor())
                .replaceQueryParam("since")
                .build()
                .toString();
        return RestResponse.ResponseBuilder.ok(slice.page())
                .header("Link", "<" + next + ">; rel=\"next\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private Reader reader() {
        if (identity.hasRole(Roles.PARTNER)) {
            return Reader.partner(partners.current().tier());
        }
        return Reader.STAFF;
    }

    private Duration waitFor(String wait) {
        if (wait == null || wait.isBlank()) {
            return Duration.ZERO;
        }
        try {
            int seconds = Integer.parseInt(wait.strip());
            if (seconds >= 0 && seconds <= config.maxWait().toSeconds()) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid(
                "wait",
                "must be a whole number of seconds from 0 to "
                        + config.maxWait().toSeconds());
    }
}
