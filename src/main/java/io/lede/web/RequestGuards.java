package io.lede.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Checks what every request line and header block must satisfy before any resource sees it, so that the answer is
 * a problem+json 4xx rather than a bare status from the HTTP codec or a 500 from a database that refuses NUL.
 *
 * <p>The codec's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are
 * set far above these, so that the common oversized request reaches this guard and gets a readable answer.
 */
@ApplicationScoped
public class RequestGuards {

    /** The longest request target (path and query) answered; longer ones get 414. */
    public static final int MAX_URI_LENGTH = 8 * 1024;

    /** The most header bytes (names and values) answered; more get 431. */
    public static final int MAX_HEADER_BYTES = 32 * 1024;

    private final VertxProblems problems;

    public RequestGuards(VertxProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            problems.send(
                    context,
                    414,
                    "uri-too-long",
                    "URI Too Long",
                    "The request target has " + uri.length() + " characters; this server accepts at most "
                            + MAX_URI_LENGTH + ". Send fewer or shorter query parameters.");
            return;
        }
        int headerBytes = headerBytes(context.request().headers());
        if (headerBytes > MAX_HEADER_BYTES) {
            problems.send(
                    context,
                    431,
                    "header-fields-too-large",
                    "Request Header Fields Too Large",
                    "The request headers have " + headerBytes + " bytes; this server accepts at most "
                            + MAX_HEADER_BYTES + ".");
            return;
        }
        String targetProblem = targetProblem(uri);
        if (targetProblem != null) {
            problems.send(context, 400, "bad-request", "Bad Request", targetProblem);
            return;
        }
        context.next();
    }

    /** Why the request target is not a URI Lede can read, or null when it is. */
    static String targetProblem(String uri) {
        String encoding = percentEncodingProblem(uri);
        if (encoding != null) {
            return encoding;
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return "The request target is not a valid URI: " + e.getReason() + " at index " + e.getIndex()
                    + "; percent-encode characters outside the URI syntax.";
        }
    }

    private static int headerBytes(MultiMap headers) {
        int total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /**
     * Why the request target cannot be decoded, or null when it can: every {@code %} starts two hex digits, and none
     * decodes to NUL, which no text column can store.
     */
    static String percentEncodingProblem(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
                return "The request target has a '%' that does not start a percent-encoded byte (two hex digits);"
                        + " encode a literal '%' as %25.";
            }
            if (uri.charAt(i + 1) == '0' && uri.charAt(i + 2) == '0') {
                return "The request target contains a NUL character (%00), which no parameter may hold.";
            }
        }
        return null;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
