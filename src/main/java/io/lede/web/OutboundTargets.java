package io.lede.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether Lede may send a request to a URL someone gave it. Only https to public addresses, unless {@link
 * OutboundConfig#allowPrivateTargets()}: then also loopback, private and link-local hosts, and plain http to those
 * (a test server has no certificate) — never plain http to a public host. The host is resolved and every address
 * it has is checked, so a public name that points inside is refused too.
 *
 * <p>Known limit: the request that follows resolves the name again, so a name whose answer changes between the two
 * lookups (DNS rebinding) is not caught here; redirects are not followed blindly but checked hop by hop by callers.
 */
@ApplicationScoped
public class OutboundTargets {

    /** Resolves a host name to its addresses; tests give a fixed table. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public OutboundTargets(OutboundConfig config) {
        this(config.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }

    public OutboundTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, if Lede may request it; otherwise a 400 problem naming {@code field}. */
    public URI check(String field, String url) {
        URI uri = parse(field, url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw Problems.invalid(field, "must be an https URL");
        }
        if (scheme.equals("http") && !allowPrivate) {
            throw Problems.invalid(field, "must be an https URL; plain http is refused");
        }
        String host = uri.getHost();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            throw Problems.invalid(field, "names a host that does not resolve: " + host);
        }
        if (addresses.isEmpty()) {
            throw Problems.invalid(field, "names a host that does not resolve: " + host);
        }
        boolean anyInternal = addresses.stream().anyMatch(OutboundTargets::isInternal);
        if (anyInternal && !allowPrivate) {
            throw Problems.invalid(
                    field, "points to a loopback, private or link-local address, which Lede does not" + " reach");
        }
        if (scheme.equals("http") && !addresses.stream().allMatch(OutboundTargets::isInternal)) {
            throw Problems.invalid(field, "must be an https URL; plain http is refused for public hosts");
        }
        return uri;
    }

    private static URI parse(String field, String url) {
        if (url == null || url.isBlank()) {
            throw Problems.invalid(field, "must not be blank");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getScheme() == null || uri.getHost() == null || uri.getUserInfo() != null) {
                throw Problems.invalid(field, "must be an absolute https URL with a host and no user name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw Problems.invalid(field, "is not a valid URL");
        }
    }

    /** Loopback, unspecified, private (RFC 1918, fc00::/7), shared (100.64/10), link-local and multicast addresses. */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
