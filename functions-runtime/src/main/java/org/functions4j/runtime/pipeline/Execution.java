package org.functions4j.runtime.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.CurrentInvocation;
import org.functions4j.runtime.invoke.FunctionFailedException;
import org.functions4j.runtime.invoke.FunctionResult;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.observe.Observation;

/**
 * The last stage: runs an admitted invocation under its deadline and writes its result.
 *
 * <ul>
 *   <li>A function returning a {@code CompletionStage} is answered when the stage completes.</li>
 *   <li>{@code functionTimeout}: past the deadline the function's thread is interrupted, its stage
 *       cancelled, the invocation logged and answered 500; a late result is discarded.</li>
 *   <li>What a function throws is logged in full with the invocation id; the client gets a 500
 *       with only the invocation id, never the exception's class, message or stack trace.</li>
 *   <li>An invocation still running when the host stops (its grace period over) is cancelled and
 *       answered 503.</li>
 * </ul>
 * From here on exactly one answer is written and the concurrency slot is given back exactly once,
 * whatever throws, on whichever thread: {@link PendingAnswer} sees to both.
 */
final class Execution {
    private static final Logger LOG = Logger.getLogger(Execution.class.getName());
    /** What {@link #call} returns when it answered already (a bad request, a failed function). */
    private static final Object NO_RESULT = new Object();

    private final FunctionApp app;
    private final Exchange exchange;
    private final Invocation invocation;
    private final PendingAnswer pending;
    private final Observation observation;
    /** What the function threw, or why it was cancelled: for the invocation's span. */
    private volatile Throwable error;

    private Execution(Flight flight, Invocation invocation) {
        this.app = flight.app;
        this.exchange = flight.exchange;
        this.invocation = invocation;
        this.pending = new PendingAnswer(app.gate()::leave, flight);
        this.observation = app.observer().invocationStarted(invocation, exchange);
    }

    /**
     * Runs the invocation of an admitted request; returns when the function has returned (an
     * asynchronous function's answer may come later, from another thread).
     */
    static void run(Flight flight, FunctionMatch match, ExchangeRequestData data) {
        Invocation invocation = new Invocation(match.function(), data, match.routeValues());
        flight.invocation(invocation.id(), match.function().name());
        new Execution(flight, invocation).run(flight);
    }

    private void run(Flight flight) {
        try {
            flight.suspend(); // a deadline, a stopping host or a stage may answer from another thread
            pending.deadline(app.timeouts().watch(this::timedOut, this::stopped));
            Object result = call();
            if (result == NO_RESULT) {
                return;
            }
            if (result instanceof CompletionStage<?> stage) {
                pending.stage(stage.toCompletableFuture());
                stage.whenComplete((value, error) -> answer(() -> {
                    if (error != null) {
                        failed(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
                    } else {
                        write(value);
                    }
                }));
            } else {
                answer(() -> write(result));
            }
        } catch (Throwable failure) {
            answer(() -> {
                throw failure;
            });
            Failures.rethrowIfFatal(failure);
        }
    }

    /** Binds and calls the function; a failure the error contract names is answered here. */
    private Object call() {
        pending.running();
        Invocation before = CurrentInvocation.enter(invocation);
        try (Observation.Scope current = observation.makeCurrent()) {
            return app.invoker(invocation.function()).invoke(invocation);
        } catch (BindingException e) {
            answer(() -> Answers.error(exchange, app.json(), e.status(), e.getMessage(), invocation.id()));
        } catch (ExchangeRequestData.TooLargeException e) {
            answer(() -> exchange.send(413));
        } catch (UncheckedIOException e) {
            answer(() -> Answers.error(exchange, app.json(), 400, "The request body could not be read.", invocation.id()));
        } catch (FunctionFailedException e) {
            answer(() -> failed(e.getCause()));
        } finally {
            CurrentInvocation.leave(before);
            pending.returned();
        }
        return NO_RESULT;
    }

    /** Something that writes a response. */
    private interface Answer {
        void write() throws Throwable;
    }

    /**
     * Writes the answer if nothing else (a deadline, the host stopping) answered first, then
     * releases the invocation. If writing fails, a 500 replaces it while nothing has been sent.
     */
    private void answer(Answer answer) {
        if (!pending.claim()) {
            return; // answered already: this late result is discarded
        }
        Invocation before = CurrentInvocation.enter(invocation); // its log lines name it, on any thread
        try {
            pending.release();
            answer.write();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client went away before the response was written", e);
        } catch (Throwable failure) {
            error = failure;
            Failures.answer(exchange, app.json(), "function '" + invocation.function().name() + "'", failure,
                    invocation.id());
            Failures.rethrowIfFatal(failure);
        } finally {
            CurrentInvocation.leave(before);
            finish();
        }
    }

    /** The answer is written: give back the slot, land the request, end the invocation's observation. */
    private void finish() {
        int status = exchange.status();
        try {
            pending.finish();
        } finally {
            observation.ended(status, error);
        }
    }

    private void timedOut() {
        if (pending.cancel()) {
            error = new TimeoutException("timed out after " + app.config().functionTimeout());
            app.observer().timedOut(invocation.function().name());
            Invocation before = CurrentInvocation.enter(invocation); // the sweeper's lines name the invocation
            try {
                LOG.severe(() -> "Function '" + invocation.function().name() + "' timed out after "
                        + app.config().functionTimeout() + " and was cancelled (invocation " + invocation.id() + ")");
                finishWith(500, "Function '" + invocation.function().name() + "' timed out.");
            } finally {
                CurrentInvocation.leave(before);
            }
        }
    }

    private void stopped() {
        if (pending.cancel()) {
            error = new CancellationException("the host stopped");
            Invocation before = CurrentInvocation.enter(invocation);
            try {
                LOG.warning(() -> "Function '" + invocation.function().name() + "' was still running when the host"
                        + " stopped and was cancelled (invocation " + invocation.id() + ")");
                finishWith(503, "The host is stopping; function '" + invocation.function().name() + "' was cancelled.");
            } finally {
                CurrentInvocation.leave(before);
            }
        }
    }

    /** Answers for the deadline or the stop, which claimed the answer already. */
    private void finishWith(int status, String message) {
        try {
            pending.release();
            Answers.error(exchange, app.json(), status, message, invocation.id());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot answer invocation " + invocation.id(), e);
        } finally {
            finish();
        }
    }

    private void write(Object value) throws IOException {
        FunctionResult result;
        try {
            result = app.results().map(value);
        } catch (JsonProcessingException e) {
            failed(e);
            return;
        }
        Answers.result(exchange, result);
    }

    private void failed(Throwable cause) throws IOException {
        error = cause;
        LOG.log(Level.SEVERE, "Function '" + invocation.function().name() + "' failed (invocation "
                + invocation.id() + ")", cause);
        Answers.error(exchange, app.json(), 500, "Function '" + invocation.function().name()
                + "' failed; see the host log for invocation " + invocation.id() + ".", invocation.id());
    }
}
