package org.sitrep.cli.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's memory as a run goes: heap in use as the JVM counts it (sampled by the caller between units of
 * work: the sum of each pool's own peak would overstate it, the pools peak at different moments), resident set as
 * Linux counts it, and the time spent collecting garbage, which is what a heap too small for the work costs.
 */
public final class MemoryProbe {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peakHeapBytes;

    /** Notes the heap in use now; cheap enough to call after every document. */
    public void sample() {
        peakHeapBytes = Math.max(peakHeapBytes, memory.getHeapMemoryUsage().getUsed());
    }

    /** The most heap in use at any sample. */
    public double peakHeapMb() {
        sample();
        return peakHeapBytes / 1048576.0;
    }

    /** The maximum heap the JVM was given (-Xmx or its default). */
    public static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** Time all collectors took since the JVM started. */
    public static double gcSeconds() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(ms -> ms > 0).sum() / 1000.0;
    }

    /** VmHWM of /proc/self/status: the peak resident set; null where there is no /proc (not Linux). */
    public static Double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** CPU time of the whole process (every thread: the JIT compiler and the collector too) since the JVM started. */
    public static double processCpuSeconds() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
    }

    /** The one-minute load average: the figures of a shared machine mean little without it. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
