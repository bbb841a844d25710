package io.lede.syndication;

import io.lede.security.Roles;
import io.lede.web.RateLimiter.Allowance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every operation under {@code /api/v1/partner/} (and the change feed and webhooks) called with a partner key spends one request of the key's quota
 * and counts one request in the usage ledger, before anything else looks at the request; every answer to it — 200,
 * 304, 4xx and the 429 itself — carries the IETF {@code RateLimit} and {@code RateLimit-Policy} headers.
 */
public class PartnerQuotaFilter {

    static final String PATH = "/api/v1/partner/";
    private static final String SPENT = PartnerQuotaFilter.class.getName() + ".spent";
    private static final String POLICIES = PartnerQuotaFilter.class.getName() + ".policies";

    @Inject
    SecurityIdentity identity;

    @Inject
    Quotas quotas;

    @Inject
    UsageLedger ledger;

    /** Partner reads, and what partners share with staff: the change feed and their webhooks. */
    private static boolean counted(String path) {
        return path.startsWith(PATH) || path.equals("/api/v1/changes") || path.startsWith("/api/v1/webhooks");
    }

    /** Right after authorization, so a request refused for its query or body still counts. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public void spend(ContainerRequestContext request) {
        if (!counted(request.getUriInfo().getPath()) || !identity.hasRole(Roles.PARTNER)) {
            return;
        }
        PartnerCaller caller = identity.getAttribute(PartnerIdentities.CALLER);
        if (caller == null) {
            return;
        }
        request.setProperty(POLICIES, quotas.policies(caller));
        // Over the quota this throws RateLimitedException: 429 with Retry-After, and the request is not counted.
        request.setProperty(SPENT, quotas.spend(caller));
        ledger.record(caller, null, Delivery.request);
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        Object policies = request.getProperty(POLICIES);
        if (policies == null) {
            return;
        }
        // A 429 already names the policy it ran out of; the policy header lists all of the key's.
        response.getHeaders().putSingle("RateLimit-Policy", policies);
        if (request.getProperty(SPENT) instanceof Allowance left) {
            response.getHeaders()
                    .putSingle(
                            "RateLimit",
                            "limit=" + left.limit() + ", remaining=" + left.remaining() + ", reset="
                                    + left.resetSeconds());
        }
    }
}
