package org.functions4j.server;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.jetty.util.component.Graceful;
import org.functions4j.runtime.host.FunctionTimeouts;

/**
 * The server's stop, as Jetty's graceful shutdown sees it: waits until no invocation is running,
 * or the grace period is over, and then answers the invocations still running 503 (each is
 * cancelled), so no client is left with a closed connection and no answer.
 */
final class GracePeriod implements Graceful {
    private static final Logger LOG = Logger.getLogger(GracePeriod.class.getName());

    private final Supplier<FunctionTimeouts> running;
    private final Duration grace;
    private volatile CompletableFuture<Void> shutdown;

    /**
     * @param running what runs in the app served now (the app may be swapped while the server runs)
     */
    GracePeriod(Supplier<FunctionTimeouts> running, Duration grace) {
        this.running = running;
        this.grace = grace;
    }

    /** How long Jetty should wait in all: the grace period, then time to write the 503s. */
    long stopTimeoutMillis() {
        return grace.toMillis() + 2_000;
    }

    @Override
    public synchronized CompletableFuture<Void> shutdown() {
        if (shutdown == null) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    awaitGrace();
                } finally {
                    done.complete(null);
                }
            }, "functions4j-grace-period");
            waiter.setDaemon(true);
            waiter.start();
            shutdown = done;
        }
        return shutdown;
    }

    private void awaitGrace() {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (running.get().watching() > 0 && System.nanoTime() - deadline < 0) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int stopped = running.get().stopAll();
        if (stopped > 0) {
            LOG.warning(() -> stopped + " invocation(s) still running after the grace period of " + grace
                    + " were cancelled and answered 503");
        }
    }

    @Override
    public boolean isShutdown() {
        return shutdown != null;
    }
}
