package com.clientele.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token of an API key, {@code clk_<id>_<secret>}: a public id (12 hex digits) to find the key, and a secret of
 * 32 random bytes (base64url) of which only the SHA-256 hash is stored.
 */
public record KeyToken(String id, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("clk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    /** A new random token. */
    public static KeyToken random() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new KeyToken(HexFormat.of().formatHex(id),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in a bearer credential, or empty when it does not have the token's format. */
    public static Optional<KeyToken> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        return matcher.matches() ? Optional.of(new KeyToken(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** The SHA-256 of the secret, hex: what is stored. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** True when this token's secret hashes to {@code storedHash}, compared in constant time. */
    public boolean matches(String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "clk_" + id + "_" + secret;
    }
}
