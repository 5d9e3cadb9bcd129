package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret that write requests carry as {@code Authorization: Bearer <token>}. Both sides are hashed before the
 * comparison, so that it takes the same time whatever the length or the first differing byte of a guess.
 */
final class BearerToken {
    private static final String SCHEME = "Bearer ";
    private final byte[] digest;

    /** @param secret null for a server that accepts no writes */
    BearerToken(String secret) {
        this.digest = secret == null ? null : sha256(secret);
    }

    boolean admits(String authorization) {
        if (digest == null || authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length()).trim()));
    }

    boolean configured() {
        return digest != null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
