package org.functions4j.runtime.pipeline;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.functions4j.runtime.host.FunctionTimeouts;

/**
 * The one answer of one invocation. The function's result, its failure, its deadline and the host
 * stopping race to claim it; whoever claims it first answers, the others are discarded. Finishing releases the
 * concurrency slot, cancels the deadline and lands the request's {@link Flight}, each exactly once.
 */
final class PendingAnswer {
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable release;
    private final Flight flight;
    private FunctionTimeouts.Watch deadline;
    private Future<?> stage;
    private Thread runner;
    private boolean cancelled;

    /**
     * @param release gives the concurrency slot back
     * @param flight the request, landed when the answer is written
     */
    PendingAnswer(Runnable release, Flight flight) {
        this.release = release;
        this.flight = flight;
    }

    synchronized void deadline(FunctionTimeouts.Watch deadline) {
        this.deadline = deadline;
    }

    /** An asynchronous function's result, cancelled when the deadline passes. */
    synchronized void stage(Future<?> stage) {
        this.stage = stage;
        if (cancelled) {
            stage.cancel(true);
        }
    }

    /** Marks the current thread as running the function, so a deadline can interrupt it. */
    synchronized void running() {
        runner = Thread.currentThread();
    }

    /**
     * The function returned (or threw) on this thread. Clears an interrupt a cancel may have
     * sent, so it never leaks into the container's next request on this thread.
     */
    synchronized void returned() {
        runner = null;
        if (cancelled) {
            Thread.interrupted();
        }
    }

    /** Claims the right to answer; true only for the first caller. */
    boolean claim() {
        return claimed.compareAndSet(false, true);
    }

    /**
     * The deadline passed or the host is stopping: cancel the work. Returns true when this claimed
     * the answer.
     */
    boolean cancel() {
        if (!claim()) {
            return false;
        }
        synchronized (this) {
            cancelled = true;
            if (runner != null) {
                runner.interrupt();
            }
            if (stage != null) {
                stage.cancel(true);
            }
        }
        return true;
    }

    /**
     * Gives the concurrency slot back, once. Called as soon as the answer is decided, before it is
     * written: a client that has its answer must never find its own slot still taken.
     */
    void release() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }

    /** The answer is written: release everything, once. */
    void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (deadline != null) {
                deadline.cancel();
            }
        }
        try {
            release();
        } finally {
            flight.land();
        }
    }
}
