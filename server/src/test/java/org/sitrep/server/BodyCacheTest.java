package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sitrep.server.CachedResponses.Body;

class BodyCacheTest {
    /** A body of {@code bytes} random hex digits: it gzips to about half, as the cache keeps it. */
    private static Body body(int bytes) {
        java.util.Random random = new java.util.Random(bytes);
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() < bytes) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return Body.of(text.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void theBoundInBytesHoldsAndTheLeastRecentlyUsedGoFirst() {
        BodyCache cache = new BodyCache(100_000);
        cache.get("warm", 1); // the cache takes generation 1
        Body first = body(5_000);
        cache.put("first", 1, first);
        for (int i = 0; i < 100; i++) {
            assertSame(first, cache.get("first", 1), "used at every step, so never the eldest");
            cache.put("q" + i, 1, body(5_000 + i));
            assertTrue(cache.bytes() <= 100_000, cache.bytes() + " bytes held");
        }
        assertNotNull(cache.get("q99", 1));
        assertNull(cache.get("q0", 1), "the eldest went first");
        assertTrue(cache.size() < 100);
    }

    @Test
    void aNewerGenerationEmptiesItAndAnOlderOneKeepsNothing() {
        BodyCache cache = new BodyCache(1_000_000);
        cache.get("a", 7);
        cache.put("a", 7, body(10));
        assertNotNull(cache.get("a", 7));
        assertNull(cache.get("a", 8), "a write moved the generation");
        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
        cache.put("b", 7, body(10)); // rendered before the write, put after it
        assertNull(cache.get("b", 8));
        assertNull(cache.get("b", 7), "a request still in the old generation is not answered from the cache");
        cache.put("c", 8, body(10));
        assertNotNull(cache.get("c", 8));
    }

    @Test
    void oneBodyTakesAtMostAnEighth() {
        BodyCache cache = new BodyCache(80_000);
        cache.get("", 1);
        cache.put("large", 1, body(40_000));
        assertNull(cache.get("large", 1));
        assertEquals(0, cache.bytes());
    }

    @Test
    void requestsThatMissTogetherWaitForOneRendering() throws Exception {
        BodyCache cache = new BodyCache(1_000_000);
        AtomicInteger renderings = new AtomicInteger();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Body page = body(3_000);
        AtomicReference<Body> first = new AtomicReference<>();
        Thread leader = Thread.ofPlatform().start(() -> {
            try {
                first.set(cache.get("page", 1, () -> {
                    renderings.incrementAndGet();
                    rendering.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                    return page;
                }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        rendering.await();
        AtomicReference<Body> second = new AtomicReference<>();
        Thread follower = Thread.ofPlatform().start(() -> {
            try {
                second.set(cache.get("page", 1, () -> {
                    renderings.incrementAndGet();
                    return body(3_001);
                }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the follower missed while the leader still renders: it must wait, not render
        while (follower.getState() != Thread.State.WAITING && follower.getState() != Thread.State.TERMINATED) {
            Thread.sleep(5);
        }
        finish.countDown();
        leader.join();
        follower.join();
        assertEquals(1, renderings.get());
        assertSame(page, first.get());
        assertSame(page, second.get());
        assertSame(page, cache.get("page", 1), "and it is kept");
    }

    @Test
    void aFailedRenderingFailsItsWaitersAndIsNotKept() throws Exception {
        BodyCache cache = new BodyCache(1_000_000);
        IllegalArgumentException refused = new IllegalArgumentException("no such page");
        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> cache.get("bad", 1, () -> {
            throw refused;
        })));
        assertNull(cache.get("bad", 1));
        assertNotNull(cache.get("bad", 1, () -> body(10)), "the next request renders again");
    }

    @Test
    void etagsFollowTheBodyAndRequestHeadersAreRead() {
        assertEquals(body(10).etag(), body(10).etag());
        assertTrue(!body(10).etag().equals(body(11).etag()));
        String etag = body(10).etag();
        assertTrue(CachedResponses.matches(etag, etag));
        assertTrue(CachedResponses.matches("\"other\", " + etag.substring(2), etag), "the strong form of a weak tag matches");
        assertTrue(CachedResponses.matches("*", etag));
        assertTrue(!CachedResponses.matches("W/\"other\"", etag));
        assertTrue(CachedResponses.acceptsGzip("gzip, deflate, br"));
        assertTrue(CachedResponses.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(!CachedResponses.acceptsGzip("gzip;q=0"));
        assertTrue(!CachedResponses.acceptsGzip("identity"));
        assertTrue(!CachedResponses.acceptsGzip(null));
        assertNull(body(100).gzip(), "a small body is not gzipped");
        Body large = body(2_000);
        assertNull(large.json(), "a cached body is kept gzipped only");
        assertEquals(2_000, large.plain().length);
    }
}
