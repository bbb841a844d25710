package io.lede.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * An optional second opinion from an Akismet-compatible service, off by default. It sends the comment, the author's
 * name, email and IP to that service, so a newsroom must choose to turn it on. A slow or failing service never
 * blocks a comment: the local screening stands.
 */
@ApplicationScoped
public class AkismetCheck {

    private static final Logger LOG = Logger.getLogger(AkismetCheck.class);

    private final CommentConfig.Akismet settings;
    private final HttpClient http;

    public AkismetCheck(CommentConfig config) {
        this.settings = config.akismet();
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** True when the service calls it spam, false when it does not, empty when it could not say. */
    public Optional<Boolean> isSpam(String author, String email, String ip, String body, String permalink) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", settings.apiKey().orElse(""));
        form.put("blog", settings.site());
        form.put("user_ip", ip == null ? "" : ip);
        form.put("permalink", permalink);
        form.put("comment_type", "comment");
        form.put("comment_author", author);
        form.put("comment_author_email", email);
        form.put("comment_content", body);
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        try {
            String answer = http.send(request, HttpResponse.BodyHandlers.ofString())
                    .body()
                    .strip();
            return switch (answer) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            };
        } catch (IOException e) {
            LOG.debugf(e, "The spam service did not answer; local screening stands");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
