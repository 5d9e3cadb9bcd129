package org.sitrep.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a report. UTF-8 (with or without a byte-order mark) is read as such; UTF-16 with a
 * mark too. Anything else that is not valid UTF-8 is legacy single-byte text: Arabic windows-1256 when its
 * non-ASCII bytes run together as words do in Arabic script, else windows-1252 (a superset of latin-1).
 * Bytes that are not text at all (control characters, NUL among them, in more than one byte of twenty)
 * are refused; a text with a stray NUL is still a text.
 *
 * @param charset the encoding the text was decoded from
 */
record ReportText(String text, Charset charset) {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static ReportText decode(byte[] bytes, String inputName) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new ReportText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new ReportText(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16);
        }
        if (looksBinary(bytes)) {
            throw new InputException(inputName + ": this looks like a binary file, not a text report");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new ReportText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset legacy = highBytesRunTogether(bytes) ? WINDOWS_1256 : WINDOWS_1252;
            return new ReportText(new String(bytes, legacy), legacy);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    /** In Arabic text each non-ASCII byte is a letter next to another letter; in French or German ones, an accent between ASCII letters. */
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
