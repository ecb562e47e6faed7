package org.functions4j.runtime.observe;

import org.functions4j.runtime.invoke.Invocation;

/**
 * Told what the host does, to keep metrics and traces. One per app, chosen once when the app is
 * assembled (see {@link Observers#detect}); every method does nothing unless an implementation
 * says otherwise, so an app without metrics or traces pays a call to an empty method.
 */
public interface Observer extends AutoCloseable {
    /** Observes nothing. */
    Observer NONE = new Observer() {
    };

    /**
     * An invocation starts, before its function is called.
     *
     * @param invocation the invocation (an observer may {@linkplain Invocation#continueTrace continue its trace})
     * @param request the request
     * @return what follows the invocation to its answer
     */
    default Observation invocationStarted(Invocation invocation, ObservedRequest request) {
        return Observation.NONE;
    }

    /**
     * A request to a function (or to no function) was answered.
     *
     * @param function the function's name, or null when no function matched (404, 414, 429 before routing)
     * @param status the status sent
     * @param startedNanos {@link System#nanoTime()} when it arrived
     */
    default void requestEnded(String function, int status, long startedNanos) {
    }

    /** An invocation ran past {@code functionTimeout} and was cancelled. */
    default void timedOut(String function) {
    }

    /** A webhook delivery was refused before its function ran (bad signature, stale timestamp, no key). */
    default void webhookRejected(String function) {
    }

    /** Keys were read again from the secrets directory after another writer changed it. */
    default void keysReloaded() {
    }

    /**
     * The server's request threads, for gauges (the embedded server's Jetty pool; a servlet
     * container keeps its own). Read when metrics are scraped.
     */
    default void serverThreads(ServerThreads threads) {
    }

    /** A server's request thread pool, as gauges read it. */
    interface ServerThreads {
        /** Threads in the pool. */
        int threads();

        /** Threads serving a request now. */
        int busy();

        /** Jobs waiting for a thread. */
        int queued();
    }

    /**
     * The metrics in Prometheus' text format (version 0.0.4), or null when metrics are off.
     */
    default String scrape() {
        return null;
    }

    @Override
    default void close() {
    }
}
