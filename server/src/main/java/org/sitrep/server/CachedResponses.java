package org.sitrep.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Answers the read endpoints from a cache of their JSON bodies, keyed by the endpoint and its parsed, normalised
 * query, valid for one {@link DataGeneration}: any write empties it. Bodies are kept gzipped (a client that
 * accepts gzip gets the bytes as they are), least recently used first out when the bytes exceed the bound. Every
 * answer carries an ETag (a hash of the body), so a client that sends it back in If-None-Match gets 304 and no
 * body while nothing changed. With a bound of 0 nothing is kept: every request is computed, and Javalin
 * compresses it on the fly (at {@link #GZIP_LEVEL} too) as it does any answer.
 */
final class CachedResponses {
    /** Bodies smaller than this are not worth gzipping (the header costs more than it saves). */
    private static final int GZIP_FROM = 1024;
    /**
     * The fastest level: a page of 100 incidents (127 KiB) gzips in 1.3 ms at level 1 and 2.8 ms at level 6 (the
     * default), for a third more bytes (12 KiB, not 9). On a busy server the CPU is dearer than the bytes.
     */
    static final int GZIP_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    private final BodyCache bodies;
    private final DataGeneration generation;

    /** {@code maxBytes} 0 keeps nothing. */
    CachedResponses(long maxBytes, DataGeneration generation) {
        this.bodies = maxBytes > 0 ? new BodyCache(maxBytes) : null;
        this.generation = generation;
    }

    /** The JSON of one answer, computed from the database. */
    @FunctionalInterface
    interface Render {
        byte[] json() throws IOException;
    }

    /** Answers {@code ctx} with the body for {@code key}: from the cache if it holds it for now's generation, else rendered. */
    void answer(Context ctx, String key, Render render) throws IOException {
        Body body;
        if (bodies != null) {
            // read before rendering: a write while rendering makes the body old at once, never served as new
            body = bodies.get(key, generation.current(), () -> Body.of(render.json(), true));
        } else {
            body = Body.of(render.json(), false);
        }
        ctx.header("ETag", body.etag());
        // a browser may keep the body but must ask again (If-None-Match) before using it: data change at any time
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        if (matches(ctx.header("If-None-Match"), body.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(ContentType.APPLICATION_JSON);
        if (body.gzip() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            // set before the body: Javalin compresses no answer that already has an encoding
            ctx.header("Content-Encoding", "gzip");
            ctx.result(body.gzip());
        } else {
            ctx.result(body.plain());
        }
    }

    /** If-None-Match holds this ETag (or *); a weak comparison, as RFC 9110 asks for If-None-Match. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = etag.substring(2); // without W/
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals(bare) || (t.startsWith("W/") && t.substring(2).equals(bare))) {
                return true;
            }
        }
        return false;
    }

    /** Accept-Encoding names gzip without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("[qQ]=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * One answer's body and its ETag (weak: the same tag stands for both encodings). A cached body of some size is
     * kept only gzipped: a tenth of the memory, and what browsers ask for; the few clients that do not ask get it
     * inflated, which costs a fraction of rendering it again.
     */
    record Body(byte[] json, byte[] gzip, String etag) {
        static Body of(byte[] json, boolean cached) {
            String etag = "W/\"" + hash(json) + "\"";
            return cached && json.length >= GZIP_FROM ? new Body(null, gzip(json), etag) : new Body(json, null, etag);
        }

        long size() {
            return (json == null ? 0 : json.length) + (gzip == null ? 0 : gzip.length) + etag.length() * 2L;
        }

        /** The JSON, inflated if it is kept gzipped. */
        byte[] plain() {
            if (json != null) {
                return json;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("inflating from memory failed", e);
            }
        }

        private static byte[] gzip(byte[] json) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8 + 64);
            try (GZIPOutputStream zip = new FastGzipStream(out)) {
                zip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException("gzip to memory failed", e);
            }
            return out.toByteArray();
        }

        private static String hash(byte[] json) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }

    /** Gzip at {@link #GZIP_LEVEL}. */
    private static final class FastGzipStream extends GZIPOutputStream {
        FastGzipStream(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(GZIP_LEVEL);
        }
    }
}
