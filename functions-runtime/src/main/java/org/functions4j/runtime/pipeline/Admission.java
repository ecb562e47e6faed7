package org.functions4j.runtime.pipeline;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.functions4j.runtime.host.ConcurrencyGate;
import org.functions4j.runtime.host.FunctionTimeouts;

/**
 * {@code maxConcurrentRequests} and {@code maxOutstandingRequests}: a request over the concurrency
 * limit waits, suspended (no thread is held), and runs on the server's threads when a slot frees;
 * past the outstanding limit it is answered 429 at once, and so is a request that waited
 * {@code functionTimeout} without a slot.
 */
final class Admission {
    private static final Logger LOG = Logger.getLogger(Admission.class.getName());

    private Admission() {
    }

    /** Runs the request now, queues it, or answers 429. */
    static void admit(Flight flight, FunctionMatch match, ExchangeRequestData data) {
        ConcurrencyGate gate = flight.app.gate();
        if (gate.isUnbounded()) {
            Execution.run(flight, match, data);
            return;
        }
        Waiting waiting = new Waiting(flight, match, data);
        switch (gate.enter(waiting)) {
            case REJECTED -> Answers.tooBusy(flight.exchange);
            case QUEUED -> waiting.park();
            case ADMITTED -> Execution.run(flight, match, data);
        }
    }

    /**
     * A request waiting for a slot. Admission may come before it is parked (another invocation can
     * leave at once), hence the handshake; a slot that reaches a request that cannot use it is
     * passed on.
     */
    private static final class Waiting implements ConcurrencyGate.Waiter {
        private final Flight flight;
        private final FunctionMatch match;
        private final ExchangeRequestData data;
        private final ConcurrencyGate gate;
        private FunctionTimeouts.Watch deadline;
        private boolean parked;
        private boolean admitted;

        Waiting(Flight flight, FunctionMatch match, ExchangeRequestData data) {
            this.flight = flight;
            this.match = match;
            this.data = data;
            this.gate = flight.app.gate();
        }

        /** Suspends the request until a slot frees; if that fails, its place is given up. */
        synchronized void park() {
            try {
                flight.suspend();
                flight.exchange.onAbort(this::abandoned);
                deadline = flight.app.timeouts().watch(this::waitedTooLong, this::hostStopped);
            } catch (RuntimeException | Error e) {
                if (!gate.abandon(this)) {
                    gate.leave();
                }
                if (!flight.isSuspended()) {
                    throw e; // nothing is held: the pipeline answers
                }
                Failures.answer(flight.exchange, flight.app.json(), "admission", e, null);
                flight.land();
                Failures.rethrowIfFatal(e);
                return;
            }
            parked = true;
            if (admitted) {
                resume();
            }
        }

        @Override
        public synchronized void admit() {
            admitted = true;
            if (parked) {
                resume();
            }
        }

        private void resume() {
            deadline.cancel();
            try {
                flight.exchange.dispatch(() -> runWithAppLoader());
            } catch (RuntimeException e) { // the request is gone (its client closed it): pass the slot on
                LOG.log(Level.FINE, "A queued request could not be resumed", e);
                gate.leave();
                flight.land();
            }
        }

        /** Runs the admitted request on a server thread, with the app's class loader as its context class loader. */
        private void runWithAppLoader() {
            ClassLoader appLoader = flight.app.classLoader();
            if (appLoader == null) {
                Execution.run(flight, match, data);
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(appLoader);
            try {
                Execution.run(flight, match, data);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        private void waitedTooLong() {
            if (gate.abandon(this)) {
                Answers.tooBusy(flight.exchange);
                flight.land();
            }
        }

        private void hostStopped() {
            if (gate.abandon(this)) {
                flight.exchange.send(503);
                flight.land();
            }
        }

        private void abandoned() {
            if (gate.abandon(this)) {
                flight.land();
            }
        }
    }
}
