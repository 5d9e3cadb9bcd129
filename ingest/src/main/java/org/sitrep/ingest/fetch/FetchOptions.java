package org.sitrep.ingest.fetch;

import java.time.Duration;

/**
 * How the HTTP fetcher behaves.
 *
 * @param timeout     for connecting, and again for the whole response
 * @param retries     further tries after a timeout, a refused connection, a 429 or a 5xx
 * @param backoff     the wait before the first retry; it doubles with each further one
 * @param politeness  the least time between two requests to one host
 * @param maxBytes    bodies larger than this are refused, not truncated
 * @param userAgent   says who is asking and where to read about it
 */
public record FetchOptions(Duration timeout, int maxRedirects, int retries, Duration backoff, Duration politeness,
                           long maxBytes, String userAgent) {

    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(20), 8, 2, Duration.ofSeconds(1), Duration.ofSeconds(2),
                32L * 1024 * 1024, "sitrep/0.1 (conflict-event research; +https://github.com/sitrep)");
    }
}
