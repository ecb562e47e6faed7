package org.functions4j.runtime.host;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Knows every running invocation: watches its {@code functionTimeout} with one thread that wakes only when
 * the earliest deadline is due, never per invocation: starting and ending a watch is a set insert
 * and removal. (A {@code ScheduledThreadPoolExecutor} signals its thread on every schedule and
 * cancel; on a 2-core machine that halved the throughput of a single connection.)
 *
 * <p>Every watch has the same timeout, so a watch started after a sweep began is due no earlier
 * than the sweep's next wake-up: no deadline is missed and none fires early.
 *
 * <p>When the host stops, {@link #stopAll()} hands every invocation still running to its stop
 * handler, so each gets an answer before the connections close.
 */
public final class FunctionTimeouts implements AutoCloseable {
    /** Keeps {@code System.nanoTime()} arithmetic clear of overflow (about 146 years). */
    private static final long MAX_NANOS = 1L << 62;
    private static final Logger LOG = Logger.getLogger(FunctionTimeouts.class.getName());

    private final long timeoutNanos;
    private final LongSupplier clock;
    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private final Thread sweeper;
    private volatile boolean closed;

    /**
     * Starts the sweeper thread.
     *
     * @param timeout how long every invocation may run, or null for no limit
     */
    public FunctionTimeouts(Duration timeout) {
        this(timeout, System::nanoTime, true);
    }

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}
     * @param sweeping whether a thread sweeps; without one, {@link #sweepDue()} is called by hand (tests)
     */
    FunctionTimeouts(Duration timeout, LongSupplier clock, boolean sweeping) {
        this.timeoutNanos = timeout == null || timeout.compareTo(Duration.ofNanos(MAX_NANOS)) > 0
                ? MAX_NANOS : timeout.toNanos();
        this.clock = clock;
        this.sweeper = sweeping ? new Thread(this::sweep, "functions4j-timeouts") : null;
        if (sweeper != null) {
            sweeper.setDaemon(true);
            sweeper.start();
        }
    }

    /**
     * Runs {@code onTimeout} on the sweeper thread once the timeout has passed, unless the watch is
     * cancelled first. {@code onTimeout} must not block: it delays every other deadline.
     */
    public Watch watch(Runnable onTimeout) {
        return watch(onTimeout, () -> { });
    }

    /**
     * As {@link #watch(Runnable)}; {@code onStop} runs instead if the host stops first.
     */
    public Watch watch(Runnable onTimeout, Runnable onStop) {
        Watch watch = new Watch(clock.getAsLong() + timeoutNanos, onTimeout, onStop);
        running.add(watch);
        return watch;
    }

    /**
     * The host is stopping and its grace period is over: runs the stop handler of every
     * invocation still running, on the calling thread.
     *
     * @return how many were still running
     */
    public int stopAll() {
        int stopped = 0;
        for (Watch watch : running) {
            if (running.remove(watch)) {
                stopped++;
                run(watch.onStop, "stop");
            }
        }
        return stopped;
    }

    /** How many invocations are being watched. */
    public int watching() {
        return running.size();
    }

    private void sweep() {
        while (!closed) {
            long next = sweepDue();
            LockSupport.parkNanos(this, next - clock.getAsLong());
        }
    }

    /**
     * Runs the timeout handler of every watch that is due now.
     *
     * @return when the earliest watch left is due (on the clock's scale)
     */
    long sweepDue() {
        long now = clock.getAsLong();
        long next = now + timeoutNanos;
        for (Watch watch : running) {
            if (watch.due - now <= 0) {
                if (running.remove(watch)) {
                    run(watch.onTimeout, "timeout");
                }
            } else if (watch.due - next < 0) {
                next = watch.due;
            }
        }
        return next;
    }

    private static void run(Runnable handler, String what) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A function " + what + " handler failed", e);
        }
    }

    /** Waits (at most the given time) for the sweeper thread to end after {@link #close()}; true when it has. */
    boolean awaitSweeperEnd(Duration wait) throws InterruptedException {
        if (sweeper != null) {
            sweeper.join(wait.toMillis());
        }
        return sweeper == null || !sweeper.isAlive();
    }

    /** Stops the sweeper; pending deadlines no longer fire. */
    @Override
    public void close() {
        closed = true;
        if (sweeper != null) {
            LockSupport.unpark(sweeper);
        }
    }

    /** One invocation's deadline. */
    public final class Watch {
        private final long due;
        private final Runnable onTimeout;
        private final Runnable onStop;
        private final int hash = ThreadLocalRandom.current().nextInt();

        private Watch(long due, Runnable onTimeout, Runnable onStop) {
            this.due = due;
            this.onTimeout = onTimeout;
            this.onStop = onStop;
        }

        /**
         * Random, not the identity hash: the first identity hash of an object is a call into the VM,
         * and every invocation makes a watch (nor the deadline: on a coarse clock many would share one).
         * Equality stays identity.
         */
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        /** The invocation ended in time: its deadline will not fire. */
        public void cancel() {
            running.remove(this);
        }
    }
}
