package io.lede.image;

import io.lede.web.OutboundTargets;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches an image source to check it: the URL must be one Lede may reach ({@link OutboundTargets}, every redirect
 * hop too), answer 200 with an image media type within the time and byte limits, and the bytes must be an image
 * whose header declares no more pixels than allowed. Problems name the field the URL came from.
 */
@ApplicationScoped
public class ImageFetcher {

    private final OutboundTargets targets;
    private final ImageConfig config;
    private final HttpClient client;

    public ImageFetcher(OutboundTargets targets, ImageConfig config) {
        this.targets = targets;
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public ProbedImage fetch(String field, String url) {
        URI uri = targets.check(field, url);
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(field, uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty() || hop >= config.maxRedirects()) {
                    throw Problems.unprocessable(field, "redirects too often, or without a Location");
                }
                uri = targets.check(field, uri.resolve(location.get()).toString());
                continue;
            }
            if (status != 200) {
                close(response);
                throw Problems.unprocessable(field, "answered HTTP " + status + ", not an image");
            }
            String contentType =
                    response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!contentType.startsWith("image/")) {
                close(response);
                throw Problems.unprocessable(
                        field,
                        "does not answer with an image (Content-Type "
                                + (contentType.isEmpty() ? "missing" : contentType) + ")");
            }
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > config.maxBytes()) {
                close(response);
                throw tooLarge(field);
            }
            byte[] bytes = read(field, response);
            ImageHeader.Header header;
            try {
                header = ImageHeader.read(bytes);
            } catch (ImageHeader.NotAnImage e) {
                throw Problems.unprocessable(field, e.getMessage());
            }
            if (header.pixels() > config.maxPixels()) {
                throw Problems.unprocessable(
                        field,
                        "declares " + header.width() + " × " + header.height() + " pixels, more than the "
                                + config.maxPixels() + " allowed");
            }
            return new ProbedImage(url.strip(), header.width(), header.height(), header.mediaType(), bytes.length);
        }
    }

    private HttpResponse<InputStream> send(String field, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.fetchTimeout())
                .header("Accept", "image/png, image/jpeg, image/gif, image/webp")
                .header("User-Agent", "Lede image check")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw Problems.unprocessable(
                    field, "did not answer within " + config.fetchTimeout().toSeconds() + "s");
        } catch (IOException | IllegalArgumentException e) {
            throw Problems.unprocessable(field, "could not be fetched");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.unprocessable(field, "could not be fetched");
        }
    }

    /** Reads at most the byte limit, and stops as soon as the body would go past it. */
    private byte[] read(String field, HttpResponse<InputStream> response) {
        // The request timeout ends when the headers arrive; a body that trickles is cut off by closing it.
        CompletableFuture<Void> cutOff = CompletableFuture.runAsync(
                () -> close(response),
                CompletableFuture.delayedExecutor(config.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS));
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > config.maxBytes()) {
                    throw tooLarge(field);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw Problems.unprocessable(field, "could not be read to the end in time");
        } finally {
            cutOff.cancel(false);
        }
    }

    private RuntimeException tooLarge(String field) {
        return Problems.unprocessable(field, "is larger than the " + config.maxBytes() + " bytes Lede downloads");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing to keep
        }
    }
}
