package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes bytes to text. A byte-order mark wins; then the charset the server or the document itself declares
 * (HTTP Content-Type, {@code <meta charset>}, the XML declaration) when the bytes agree with it; then UTF-8 when the
 * bytes are valid UTF-8; else legacy single-byte text: windows-1256 when non-ASCII bytes run together as letters
 * of Arabic words do, windows-1252 (a superset of latin-1) otherwise.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([\\w.:-]+)");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

    /** The text and the charset it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * @param contentType the HTTP Content-Type header, or null for a file
     */
    public Decoded decode(byte[] bytes, String contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16);
        }
        Optional<Charset> declared = fromContentType(contentType).or(() -> declaredInside(bytes));
        Optional<String> strictUtf8 = strictUtf8(bytes);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            // pages often declare latin-1 and are UTF-8; valid multi-byte UTF-8 is no accident
            if (strictUtf8.isEmpty() || isAscii(bytes)) {
                return new Decoded(new String(bytes, widen(declared.get())), widen(declared.get()));
            }
        }
        if (strictUtf8.isPresent()) {
            return new Decoded(strictUtf8.get(), StandardCharsets.UTF_8);
        }
        Charset legacy = highBytesRunTogether(bytes) ? WINDOWS_1256 : WINDOWS_1252;
        return new Decoded(new String(bytes, legacy), legacy);
    }

    /** Browsers read latin-1 and ASCII labels as windows-1252; so do we, which keeps its curly quotes. */
    private static Charset widen(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("iso-8859-1") || name.equals("us-ascii") ? WINDOWS_1252 : charset;
    }

    private static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> declaredInside(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** In Arabic text each non-ASCII byte is a letter next to another letter; in French or German, an accent between ASCII letters. */
    private static boolean highBytesRunTogether(byte[] bytes) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0) {
                high++;
                boolean left = i > 0 && (bytes[i - 1] & 0x80) != 0;
                boolean right = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
                if (left || right) {
                    paired++;
                }
            }
        }
        return high > 0 && paired * 2 > high;
    }
}
