package io.lede.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Keyed hashes that stand in for what Lede must not keep: email addresses and IPs (so bans and rate limits work
 * without the raw values), and the secret that lets an author edit a comment (derived, so a retried post gets the
 * same one).
 */
@ApplicationScoped
public class CommentKeys {

    private static final Logger LOG = Logger.getLogger(CommentKeys.class);
    private final SecretKeySpec key;

    public CommentKeys(CommentConfig config) {
        byte[] secret = config.hashKey()
                .filter(value -> !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    LOG.warn("LEDE_HASH_KEY is not set: email and IP hashes will not match after a restart");
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The commenter behind a post from {@code ip} with {@code email}. */
    public Commenter commenter(String ip, String email) {
        return new Commenter(ip, ip(ip), email(email));
    }

    public String email(String address) {
        return HexFormat.of().formatHex(mac("email:" + address.strip().toLowerCase(Locale.ROOT)));
    }

    public String ip(String address) {
        return HexFormat.of().formatHex(mac("ip:" + address));
    }

    public String editSecret(long commentId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("edit:" + commentId));
    }

    public boolean isEditSecret(long commentId, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        editSecret(commentId).getBytes(StandardCharsets.US_ASCII),
                        presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
