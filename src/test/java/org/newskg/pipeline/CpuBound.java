package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Bounds a piece of work by the CPU time of the thread that runs it, which a machine busy with
 * other work does not stretch (a wall-clock bound of a few seconds fails on a shared, loaded
 * machine), and by a minute of wall clock, which only a hang reaches: a thread that waits uses no
 * CPU. A catastrophic regular expression or a quadratic loop still shows up, as CPU time.
 */
final class CpuBound {

    /** Only a hang, or a machine stalled for a minute, takes this long. */
    static final Duration HANG = Duration.ofSeconds(60);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBound() {
    }

    /** The work's result; fails when it used more than {@code cpu} of CPU or did not end within {@link #HANG}. */
    static <T> T within(Duration cpu, ThrowingSupplier<T> work, Supplier<String> what) {
        record Timed<T>(T value, long cpuNanos) {
        }
        Timed<T> t = assertTimeoutPreemptively(HANG, () -> {
            long start = cpuNow();
            T value = work.get();
            return new Timed<>(value, cpuNow() - start);
        }, () -> what.get() + ": did not end within " + HANG);
        assertTrue(t.cpuNanos() < cpu.toNanos(), () -> what.get() + ": took " + t.cpuNanos() / 1_000_000
                + " ms of CPU, more than " + cpu);
        return t.value();
    }

    /** As {@link #within(Duration, ThrowingSupplier, Supplier)}, for work without a result. */
    static void within(Duration cpu, org.junit.jupiter.api.function.Executable work, Supplier<String> what) {
        within(cpu, () -> {
            work.execute();
            return null;
        }, what);
    }

    /** This thread's CPU time; the wall clock where the JVM cannot tell it (the bound is then as before). */
    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
