package org.functions4j.runtime.host;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code maxConcurrentRequests} and {@code maxOutstandingRequests}: at most N invocations execute;
 * the others wait in order without holding a thread, and past the outstanding limit (waiting plus
 * executing) requests are refused. With both limits off, entering costs nothing.
 */
public final class ConcurrencyGate {
    /** What {@link #enter} decided. */
    public enum Admission {
        /** Execute now. */
        ADMITTED,
        /** Wait: the waiter is admitted later, by the {@link #leave()} of another invocation. */
        QUEUED,
        /** Too busy: answer 429. */
        REJECTED
    }

    /** A request waiting for a slot; {@link #admit()} hands it one. */
    public interface Waiter {
        /** Called once, on the thread of the invocation that left, when this waiter may execute. */
        void admit();
    }

    private final int maxConcurrent;
    private final int maxOutstanding;
    private final boolean unbounded;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int executing;
    private int outstanding;

    /**
     * @param maxConcurrent at most this many execute; -1 for no limit
     * @param maxOutstanding above this many waiting plus executing, refuse; -1 for no limit
     */
    public ConcurrencyGate(int maxConcurrent, int maxOutstanding) {
        this.maxConcurrent = maxConcurrent;
        this.maxOutstanding = maxOutstanding;
        this.unbounded = maxConcurrent < 0 && maxOutstanding < 0;
    }

    /** Whether both limits are off: then every request is admitted and nothing needs tracking. */
    public boolean isUnbounded() {
        return unbounded;
    }

    /**
     * Asks to execute.
     *
     * @param waiter admitted later if the answer is {@link Admission#QUEUED}
     * @return the decision; after ADMITTED (and after a waiter's admission) call {@link #leave()} exactly once
     */
    public Admission enter(Waiter waiter) {
        if (unbounded) {
            return Admission.ADMITTED;
        }
        synchronized (this) {
            if (maxOutstanding >= 0 && outstanding >= maxOutstanding) {
                return Admission.REJECTED;
            }
            outstanding++;
            if (maxConcurrent < 0 || executing < maxConcurrent) {
                executing++;
                return Admission.ADMITTED;
            }
            waiting.addLast(waiter);
            return Admission.QUEUED;
        }
    }

    /** An execution ended: its slot goes to the longest waiter, if any. */
    public void leave() {
        if (unbounded) {
            return;
        }
        Waiter next;
        synchronized (this) {
            outstanding--;
            next = waiting.pollFirst();
            if (next == null) {
                executing--;
            }
        }
        if (next != null) {
            next.admit(); // the slot passes on: executing stays the same
        }
    }

    /**
     * Gives up waiting (the wait timed out).
     *
     * @return true when the waiter was still waiting and is now removed; false when it was admitted meanwhile
     */
    public boolean abandon(Waiter waiter) {
        synchronized (this) {
            if (waiting.remove(waiter)) {
                outstanding--;
                return true;
            }
            return false;
        }
    }

    /** Executing and waiting now, for the status endpoint. */
    public synchronized int[] counts() {
        return new int[] {executing, waiting.size()};
    }
}
