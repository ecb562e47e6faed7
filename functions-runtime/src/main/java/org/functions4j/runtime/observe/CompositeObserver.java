package org.functions4j.runtime.observe;

import org.functions4j.runtime.invoke.Invocation;

/** Metrics and traces both on: each call goes to both. */
final class CompositeObserver implements Observer {
    private final Observer metrics;
    private final Observer tracing;

    CompositeObserver(Observer metrics, Observer tracing) {
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @Override
    public Observation invocationStarted(Invocation invocation, ObservedRequest request) {
        return tracing.invocationStarted(invocation, request);
    }

    @Override
    public void requestEnded(String function, int status, long startedNanos) {
        metrics.requestEnded(function, status, startedNanos);
    }

    @Override
    public void timedOut(String function) {
        metrics.timedOut(function);
    }

    @Override
    public void webhookRejected(String function) {
        metrics.webhookRejected(function);
    }

    @Override
    public void keysReloaded() {
        metrics.keysReloaded();
    }

    @Override
    public void serverThreads(ServerThreads threads) {
        metrics.serverThreads(threads);
    }

    @Override
    public String scrape() {
        return metrics.scrape();
    }

    @Override
    public void close() {
        metrics.close();
        tracing.close();
    }
}
