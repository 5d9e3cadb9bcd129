package org.sitrep.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and whom it lets in.
 *
 * @param host         the address to bind: 127.0.0.1 unless the operator opens it on purpose
 * @param port         0 for any free port
 * @param token        the bearer token that write requests must carry; null refuses every write
 * @param maxBodyBytes the largest request body accepted (a report to ingest)
 * @param corsOrigins  origins allowed to call the API from other pages; empty turns CORS off
 * @param pollInterval how often the database is checked for what other processes stored, for the live stream
 * @param cacheBytes   the most bytes of answers the response cache keeps; 0 turns it off
 * @param cacheCheck   how often, at most, the cache asks the database whether another process wrote: the longest an
 *                     answer can be stale after such a write (the server's own writes empty the cache at once)
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes, List<String> corsOrigins,
                             Duration pollInterval, long cacheBytes, Duration cacheCheck) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_CACHE_CHECK = Duration.ofSeconds(1);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("the cache size must be 0 (off) or more");
        }
        Objects.requireNonNull(cacheCheck, "cacheCheck");
    }
}
