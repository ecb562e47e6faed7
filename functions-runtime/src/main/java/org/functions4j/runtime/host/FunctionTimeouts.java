package org.functions4j.runtime.host;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** One timer thread for every invocation's deadline; a cancelled deadline is removed at once. */
public final class FunctionTimeouts implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    /** Starts the timer thread. */
    public FunctionTimeouts() {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "functions4j-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code onTimeout} after {@code timeout} unless the returned future is cancelled first. */
    public ScheduledFuture<?> schedule(Duration timeout, Runnable onTimeout) {
        return timer.schedule(onTimeout, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
