package org.functions4j.runtime.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import org.functions4j.runtime.FunctionApp;

/**
 * One request through the pipeline, from admission to the app until its exchange completes.
 * {@link #land()} runs once, whichever thread answers last: it records the request's metrics and
 * access log line, tells
 * the app the request has left (so a replaced app can drain), and completes the exchange.
 */
final class Flight {
    final FunctionApp app;
    final Exchange exchange;
    private final long started = System.nanoTime();
    private final AtomicBoolean landed = new AtomicBoolean();
    private volatile boolean suspended;
    private volatile String invocationId;
    private volatile String function;
    private boolean admin;

    Flight(FunctionApp app, Exchange exchange) {
        this.app = app;
        this.exchange = exchange;
    }

    /** The answer will come later, from another thread: the exchange stays open. */
    void suspend() {
        if (!suspended) {
            exchange.suspend();
            suspended = true;
        }
    }

    /** Whether a later stage owns the answer now. */
    boolean isSuspended() {
        return suspended;
    }

    /** The request is for this function (for metrics), whatever the answer. */
    void matched(String functionName) {
        function = functionName;
    }

    /** The request is for the admin API: not a function request, not in the request metrics. */
    void admin() {
        admin = true;
    }

    /** The invocation this request became, for the access log. */
    void invocation(String id, String function) {
        invocationId = id;
        exchange.invocation(id, function);
    }

    /** The response is written: log it, let the app go, complete the exchange. Once only. */
    void land() {
        if (!landed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!admin) {
                app.observer().requestEnded(function, exchange.status(), started);
            }
            if (app.accessLog() != null) {
                app.accessLog().record(exchange.method(), exchange.requestUri(), exchange.query(), exchange.status(),
                        (System.nanoTime() - started) / 1_000, invocationId);
            }
        } finally {
            app.exit();
            exchange.complete();
        }
    }
}
