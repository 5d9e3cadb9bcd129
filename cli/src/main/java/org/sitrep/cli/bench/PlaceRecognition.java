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
 * per second of that thread's CPU time (on a shared machine the second is what one core does). The gazetteer memoises
 * its lookups, so recognition gets faster as a corpus goes on: the texts are read in two halves by a fresh instance,
 * the first with its memos empty, the second with the memos the first left (the steady state of a long run).
 *
 * @param heapMb             heap kept by one gazetteer: in use after a full collection with a second instance
 *                           loaded, less in use before it
 * @param loadMs             how long that second load took (JIT warm, after the first)
 * @param mbPerSecond        recognition over the second half of the texts, JIT and memos warm
 * @param mbPerCpuSecond     the same per second of the thread's CPU time
 * @param coldMbPerCpuSecond recognition over the first half, memos empty, per second of CPU time
 * @param toponyms           place names found in all the texts
 */
public record PlaceRecognition(double heapMb, double loadMs, double mbPerSecond, double mbPerCpuSecond,
                               double coldMbPerCpuSecond, long toponyms) {

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
        Pass first = Pass.over(finder, texts.subList(0, texts.size() / 2));
        Pass second = Pass.over(finder, texts.subList(texts.size() / 2, texts.size()));
        return new PlaceRecognition(kept / 1048576.0, loadNanos / 1e6, second.mb() / (second.nanos() / 1e9),
                second.mbPerCpuSecond(), first.mbPerCpuSecond(), first.toponyms() + second.toponyms());
    }

    private record Pass(double mb, long nanos, long cpuNanos, long toponyms) {
        static Pass over(ToponymFinder finder, List<String> texts) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long bytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            long toponyms = 0;
            for (String text : texts) {
                toponyms += finder.find(text).size();
            }
            return new Pass(bytes / 1048576.0, System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu, toponyms);
        }

        double mbPerCpuSecond() {
            return mb > 0 && cpuNanos > 0 ? mb / (cpuNanos / 1e9) : Double.NaN;
        }
    }
}
