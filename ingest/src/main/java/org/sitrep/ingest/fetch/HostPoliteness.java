package org.sitrep.ingest.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to one host by at least a given delay; requests to different hosts do not wait for each other. */
final class HostPoliteness {
    private final Duration delay;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPoliteness(Duration delay) {
        this.delay = delay;
    }

    /** Blocks until a request to the host is allowed, and books the next slot. */
    void await(String host) throws InterruptedException {
        long wait;
        synchronized (nextAllowed) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, slot + delay.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
