package io.lede.publishing;

import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * A feature's {@code Link} relations for answers it does not build itself (a feed's or oEmbed's discovery links):
 * asked once when an answer is built, and kept with it, so the fast path sends them as the resource would.
 */
public interface AnswerLinks {

    /** The {@code Link} header value to add to the answer at this request target, if any. */
    Optional<String> linksFor(UriInfo target);
}
