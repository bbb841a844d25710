package io.lede;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Lede. One thing happens before Quarkus starts: the HTTP layer's own check of the request target is turned
 * off, because it answers a malformed one (a '%' without two hex digits, say) with a bare 400; Lede makes the same
 * check itself, in {@code io.lede.web.RequestGuards}, and answers with problem+json.
 */
@QuarkusMain
public final class LedeMain {

    private LedeMain() {}

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
