package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells what bytes hold from the bytes themselves: a name's extension and a server's Content-Type lie too often
 * (feeds served as text/html, pages saved as .txt). The first root element decides between a feed and a page;
 * JSON lines start with an object on their first line; binary is many control bytes or a known magic number.
 */
public final class ContentSniffer {
    private static final Pattern FEED_ROOT = Pattern.compile("<(?:[\\w-]+:)?(?:rss|feed|RDF)[\\s>]");
    private static final Pattern HTML_ROOT = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<(?:div|p|article|meta|title)[\\s>]");

    public ContentKind kind(byte[] bytes) {
        if (isBinary(bytes)) {
            return ContentKind.BINARY;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        String start = withoutMarkupPreamble(head);
        if (start.startsWith("<")) {
            if (FEED_ROOT.matcher(start).lookingAt() || firstElementIsFeed(start)) {
                return ContentKind.FEED;
            }
            return ContentKind.HTML;
        }
        if (start.startsWith("{") && firstLineIsObject(head)) {
            return ContentKind.JSON_LINES;
        }
        return HTML_ROOT.matcher(head).find() && head.toLowerCase(Locale.ROOT).contains("</") ? ContentKind.HTML : ContentKind.TEXT;
    }

    /** gzip bytes unpacked (a saved feed or a server that compresses twice), others as they are. */
    public byte[] unpacked(byte[] bytes, long maxBytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new IOException("unpacks to over " + maxBytes / (1024 * 1024) + " MB");
            }
            return out;
        }
    }

    private static String withoutMarkupPreamble(String head) {
        String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        s = s.stripLeading();
        // skip the XML declaration, comments, processing instructions and the doctype to reach the root element
        while (s.startsWith("<?") || s.startsWith("<!--") || s.startsWith("<!")) {
            if (s.regionMatches(true, 0, "<!doctype html", 0, 14)) {
                return s;
            }
            int end = s.startsWith("<!--") ? s.indexOf("-->") : s.indexOf('>');
            if (end < 0) {
                return s;
            }
            s = s.substring(end + (s.startsWith("<!--") ? 3 : 1)).stripLeading();
        }
        return s;
    }

    private static boolean firstElementIsFeed(String start) {
        return start.regionMatches(true, 0, "<rss", 0, 4) || start.regionMatches(0, "<feed", 0, 5)
                || start.regionMatches(0, "<rdf:RDF", 0, 8);
    }

    private static boolean firstLineIsObject(String head) {
        int newline = head.indexOf('\n');
        String first = (newline < 0 ? head : head.substring(0, newline)).strip();
        return first.startsWith("{") && (first.endsWith("}") || newline < 0);
    }

    private static boolean isBinary(byte[] bytes) {
        if (bytes.length >= 4 && (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u0089PNG")
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 || startsWith(bytes, "GIF8") || startsWith(bytes, "\u007FELF"))) {
            return true;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
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

    private static boolean startsWith(byte[] bytes, String magic) {
        for (int i = 0; i < magic.length(); i++) {
            if (i >= bytes.length || (bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
