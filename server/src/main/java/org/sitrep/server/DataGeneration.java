package org.sitrep.server;

import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.store.SitrepStore;

/**
 * A number that moves whenever what the database holds may have changed: what the cache holds is valid only for the
 * generation it was computed in. This process's own writes move it at once ({@link SitrepStore#writesCommitted()},
 * no query); writes by other processes on the same database (a {@code sitrep ingest} or {@code sitrep event verify}
 * next to the server) are found by reading the store's change mark, at most once per {@code checkEveryNanos}: that
 * interval bounds how long an answer may be stale after another process wrote.
 */
final class DataGeneration {
    private final SitrepStore store;
    private final long checkEveryNanos;
    /** When the change mark was last read; one request at a time reads it, the others use the last value. */
    private final AtomicLong checkedAt;
    private final AtomicLong externalChanges = new AtomicLong();
    private volatile long mark;

    DataGeneration(SitrepStore store, long checkEveryNanos) {
        this.store = store;
        this.checkEveryNanos = checkEveryNanos;
        this.mark = store.changeMark();
        this.checkedAt = new AtomicLong(System.nanoTime());
    }

    /** The current generation; reads the change mark first if the last read is older than the interval. */
    long current() {
        long now = System.nanoTime();
        long last = checkedAt.get();
        if (now - last >= checkEveryNanos && checkedAt.compareAndSet(last, now)) {
            long seen = store.changeMark();
            if (seen != mark) {
                mark = seen;
                externalChanges.incrementAndGet();
            }
        }
        // both counts only grow, so their sum moves whenever either does
        return store.writesCommitted() + externalChanges.get();
    }
}
