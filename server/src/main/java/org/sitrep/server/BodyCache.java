package org.sitrep.server;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.sitrep.server.CachedResponses.Body;

/**
 * The bodies of answers by key, for one data generation at a time, least recently used out first when they hold
 * more than {@code maxBytes}. A newer generation empties it; a body rendered in an older one is not kept. The
 * cache state is guarded by {@code this}; renderings run outside the lock.
 */
final class BodyCache {
    /** What an entry costs beyond its bytes: the entry, the map's node, the key's object. */
    static final int ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    /** Least recently used first. */
    private final LinkedHashMap<String, Body> bodies = new LinkedHashMap<>(256, 0.75f, true);
    /** The renderings under way, by generation and key. */
    private final ConcurrentHashMap<String, CompletableFuture<Body>> rendering = new ConcurrentHashMap<>();
    /** The generation of what {@link #bodies} holds. */
    private long held = Long.MIN_VALUE;
    private long bytes;

    BodyCache(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a cache of " + maxBytes + " bytes holds nothing");
        }
        this.maxBytes = maxBytes;
    }

    /** Renders a body that the cache lacks. */
    @FunctionalInterface
    interface Renderer {
        Body render() throws IOException;
    }

    /**
     * The body kept for {@code key} in {@code generation}, else rendered, kept and returned. Requests that miss the
     * same key at once wait for one rendering instead of each running the query: after a write empties the cache,
     * a hundred clients asking for the same page cost one page, not a hundred queued on the connection pool.
     */
    Body get(String key, long generation, Renderer renderer) throws IOException {
        Body body = get(key, generation);
        if (body != null) {
            return body;
        }
        String flight = generation + " " + key;
        CompletableFuture<Body> mine = new CompletableFuture<>();
        CompletableFuture<Body> running = rendering.putIfAbsent(flight, mine);
        if (running != null) {
            return await(running);
        }
        try {
            body = renderer.render();
            put(key, generation, body);
            mine.complete(body);
            return body;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e); // the waiters fail as this request does (a 404 is a 404 for all)
            throw e;
        } finally {
            rendering.remove(flight, mine);
        }
    }

    private static Body await(CompletableFuture<Body> running) throws IOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while another request rendered the answer");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The body kept for {@code key} in {@code generation}, or null. */
    synchronized Body get(String key, long generation) {
        if (generation > held) {
            // a write happened: nothing held is known to be true any more
            bodies.clear();
            bytes = 0;
            held = generation;
            return null;
        }
        // a request that read the generation before another saw it move renders anew and keeps nothing
        return generation == held ? bodies.get(key) : null;
    }

    /** Keeps {@code body}, rendered in {@code generation}, unless the generation moved on or it is over an eighth of the bound. */
    synchronized void put(String key, long generation, Body body) {
        long size = cost(key, body);
        if (generation != held || size > maxBytes / 8) {
            return;
        }
        Body previous = bodies.put(key, body);
        bytes += size - (previous == null ? 0 : cost(key, previous));
        Iterator<Map.Entry<String, Body>> eldest = bodies.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Body> out = eldest.next();
            bytes -= cost(out.getKey(), out.getValue());
            eldest.remove();
        }
    }

    /** The bytes held, as the bound counts them. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return bodies.size();
    }

    private static long cost(String key, Body body) {
        return body.size() + 2L * key.length() + ENTRY_OVERHEAD;
    }
}
