package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a document's text: SHA-256 over the text with line endings and trailing blanks normalised, so that
 * the same article saved on Windows and on Linux, or served under two URLs, is one document.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\n", "\n").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
