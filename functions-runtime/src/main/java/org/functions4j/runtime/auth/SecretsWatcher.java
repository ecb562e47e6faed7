package org.functions4j.runtime.auth;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the secret store for changes made by others (another instance, an operator, a mounted
 * Kubernetes Secret). Polling rather than a WatchService, because Kubernetes replaces mounted
 * files by repointing symlinks, which file watches miss.
 */
public final class SecretsWatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SecretsWatcher.class.getName());

    private final ScheduledExecutorService executor;

    private SecretsWatcher(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Starts polling.
     *
     * @param store the store
     * @param interval how often to look
     * @return the watcher; close it to stop
     */
    public static SecretsWatcher start(SecretStore store, Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "functions4j-secrets-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                store.reloadIfChanged();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot check the secrets directory for changes", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new SecretsWatcher(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
