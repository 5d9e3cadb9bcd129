package org.sitrep.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.ToponymFinder;

/**
 * The gazetteer's own figures: the heap one loaded instance keeps, and the speed of place recognition
 * ({@link ToponymFinder#find}) over running text, on one thread, as MB of UTF-8 text per second of wall time and
 * per second of that thread's CPU time (on a shared machine the second is what one core does).
 *
 * @param heapMb        heap kept by one gazetteer: in use after a full collection with a second instance loaded,
 *                      less in use before it
 * @param loadMs        how long that second load took (JIT warm, after the first)
 * @param mbPerSecond   recognition over the texts with a fresh instance (its memos empty), JIT warm
 * @param mbPerCpuSecond the same per second of the thread's CPU time
 * @param toponyms      place names found
 */
public record PlaceRecognition(double heapMb, double loadMs, double mbPerSecond, double mbPerCpuSecond, long toponyms) {

    /** Loads a fresh gazetteer and runs the finder over the texts (the caller has warmed the JIT up). */
    public static PlaceRecognition measure(List<String> texts) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        long loadNanos = System.nanoTime() - t;
        System.gc();
        long kept = memory.getHeapMemoryUsage().getUsed() - before;
        ToponymFinder finder = new ToponymFinder(gazetteer);
        long bytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        t = System.nanoTime();
        long toponyms = 0;
        for (String text : texts) {
            toponyms += finder.find(text).size();
        }
        long nanos = System.nanoTime() - t;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
        double mb = bytes / 1048576.0;
        return new PlaceRecognition(kept / 1048576.0, loadNanos / 1e6, mb / (nanos / 1e9),
                cpuNanos > 0 ? mb / (cpuNanos / 1e9) : Double.NaN, toponyms);
    }
}
