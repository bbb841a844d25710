package io.lede.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which URLs Lede may request, with allow-private-targets off (production) and on (dev and test). */
class OutboundTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "images.example.org", "93.184.216.34",
            "intranet.example.org", "10.20.30.40",
            "split.example.org", "93.184.216.34,192.168.1.9",
            "metadata.example.org", "169.254.169.254",
            "v6.example.org", "fd00::1");

    private static OutboundTargets targets(boolean allowPrivate) {
        return new OutboundTargets(allowPrivate, host -> {
            String addresses = DNS.get(host);
            if (addresses == null) {
                if (Character.isDigit(host.charAt(0)) || host.startsWith("[") || host.contains(":")) {
                    return List.of(InetAddress.getByName(host));
                }
                throw new UnknownHostException(host);
            }
            List<InetAddress> resolved = new java.util.ArrayList<>();
            for (String address : addresses.split(",")) {
                resolved.add(InetAddress.getByName(address));
            }
            return resolved;
        });
    }

    private static void refused(boolean allowPrivate, String url, String message) {
        assertThatThrownBy(() -> targets(allowPrivate).check("url", url))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("url");
                        assertThat(error.message()).contains(message);
                    });
                });
    }

    @Test
    void inProductionOnlyHttpsToPublicAddressesIsAllowed() {
        assertThat(targets(false)
                        .check("url", "https://images.example.org/a.jpg")
                        .getHost())
                .isEqualTo("images.example.org");
        refused(false, "http://images.example.org/a.jpg", "https");
        refused(false, "https://127.0.0.1/a.png", "loopback, private or link-local");
        refused(false, "https://localhost/a.png", "does not resolve");
        refused(false, "https://[::1]/a.png", "loopback, private or link-local");
        refused(false, "https://10.0.0.8/a.png", "loopback, private or link-local");
        refused(false, "https://intranet.example.org/a.png", "loopback, private or link-local");
        refused(false, "https://split.example.org/a.png", "loopback, private or link-local");
        refused(false, "https://metadata.example.org/latest", "loopback, private or link-local");
        refused(false, "https://v6.example.org/a.png", "loopback, private or link-local");
        refused(false, "https://100.64.0.1/a.png", "loopback, private or link-local");
        refused(false, "https://0.0.0.0/a.png", "loopback, private or link-local");
        refused(false, "https://nowhere.example.org/a.png", "does not resolve");
        refused(false, "https://user@images.example.org/a.png", "no user name");
        refused(false, "file:///etc/passwd", "https");
        refused(false, "/relative.png", "absolute");
    }

    @Test
    void inDevAndTestPrivateHostsAreAllowedButPlainHttpStaysPrivate() {
        assertThat(targets(true).check("url", "http://127.0.0.1:8221/a.png").getPort())
                .isEqualTo(8221);
        assertThat(targets(true).check("url", "https://intranet.example.org/a.png"))
                .isNotNull();
        refused(true, "http://images.example.org/a.jpg", "https");
        refused(true, "http://split.example.org/a.jpg", "https");
        refused(true, "gopher://127.0.0.1/a", "https");
    }
}
