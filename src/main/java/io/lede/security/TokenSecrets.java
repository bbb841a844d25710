package io.lede.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits, kept only as a SHA-256 hash. A fast hash is enough for secrets this long (no
 * dictionary to guess from); comparisons run in constant time.
 */
public final class TokenSecrets {

    static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String generate() {
        return generate("lede_");
    }

    /** A new secret that starts with {@code kind}, so a reader can tell what it is. */
    public static String generate(String kind) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return kind + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String prefixOf(String token) {
        return prefixOf(token, PREFIX_LENGTH);
    }

    /** The first characters of a secret, kept in the clear to find its row and to recognise it. */
    public static String prefixOf(String token, int length) {
        return token.substring(0, Math.min(length, token.length()));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String presentedHash, String storedHash) {
        return MessageDigest.isEqual(
                presentedHash.getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
