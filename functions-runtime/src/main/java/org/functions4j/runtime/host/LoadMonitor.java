package org.functions4j.runtime.host;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Samples CPU, heap, threads and connections through JMX on its own thread, and feeds a {@link DynamicThrottle}. */
public final class LoadMonitor implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LoadMonitor.class.getName());

    private final ScheduledExecutorService executor;

    private LoadMonitor(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Starts sampling.
     *
     * @param throttle what the samples feed
     * @param interval how often to sample
     * @param threadLimit the live thread count that counts as 100%
     * @param connections open connections as a fraction of their limit, or a negative value when unknown
     * @return the monitor; close it to stop
     */
    public static LoadMonitor start(DynamicThrottle throttle, Duration interval, int threadLimit,
                                    DoubleSupplier connections) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "functions4j-load-monitor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                throttle.update(sample(threadLimit, connections));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot sample the load counters", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS); // nothing is loaded yet at start
        return new LoadMonitor(executor);
    }

    /** One reading of the JVM's counters. */
    static LoadSample sample(int threadLimit, DoubleSupplier connections) {
        double cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuLoad(); // negative when not available
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double heapFraction = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : -1;
        double threads = (double) ManagementFactory.getThreadMXBean().getThreadCount() / threadLimit;
        return new LoadSample(cpu, heapFraction, threads, connections.getAsDouble());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
