package io.github.acsnumbers.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this whole process (every thread: callers, OkHttp's, GC and JIT), in nanoseconds.
 *
 * <p>The platform MXBean's {@code getProcessCpuTime()} counts in clock ticks on Linux (10 ms), so a round of a few
 * hundred calls moves in steps of tens of microseconds per call, while Node's {@code process.cpuUsage()} is exact
 * to the microsecond. On Linux this reads the scheduler's own count instead, {@code /proc/self/task/<tid>/schedstat}
 * (first field: nanoseconds on a CPU), summed over the live threads; elsewhere it falls back to the MXBean.
 * A thread that ends between two readings takes its time with it, which steady-state rounds do not do.
 */
final class ProcessCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final boolean SCHEDSTAT = readSchedstat() > 0;

    private ProcessCpu() {
    }

    /** @return the process's CPU time so far, in nanoseconds */
    static long nanos() {
        if (SCHEDSTAT) {
            long n = readSchedstat();
            if (n > 0) {
                return n;
            }
        }
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
            .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** @return where {@link #nanos()} comes from, for the report */
    static String source() {
        return SCHEDSTAT ? "per-thread schedstat (ns)" : "OperatingSystemMXBean (clock ticks)";
    }

    private static long readSchedstat() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String s = Files.readString(task.resolve("schedstat"));
                    int end = s.indexOf(' ');
                    sum += Long.parseLong(end < 0 ? s.trim() : s.substring(0, end));
                } catch (IOException | NumberFormatException e) {
                    // a thread that ended while we looked: its time is gone either way
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }
}
