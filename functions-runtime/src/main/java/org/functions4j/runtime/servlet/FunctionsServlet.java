package org.functions4j.runtime.servlet;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.host.ConcurrencyGate;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.FunctionFailedException;
import org.functions4j.runtime.invoke.FunctionResult;
import org.functions4j.runtime.invoke.Invocation;

/**
 * Calls the function {@link RoutingFilter} matched and writes its result.
 *
 * <ul>
 *   <li>Admission: with {@code maxConcurrentRequests}, a request over the limit waits (servlet
 *       async: no thread is held) and is dispatched again when a slot frees; past
 *       {@code maxOutstandingRequests} it is answered 429.</li>
 *   <li>A function returning a {@code CompletionStage} is served asynchronously.</li>
 *   <li>{@code functionTimeout}: past the deadline the function's thread is interrupted, its stage
 *       cancelled, the invocation logged and answered 500; a late result is discarded.</li>
 *   <li>What a function throws is logged in full with the invocation id; the client gets a 500
 *       with only the invocation id, never the exception's class, message or stack trace.</li>
 *   <li>An invocation still running when the host stops (its grace period over) is cancelled and
 *       answered 503.</li>
 *   <li>Anything else that throws, at any step and on any thread, is answered 500 by
 *       {@link Failures}, and the concurrency slot is released all the same.</li>
 * </ul>
 */
public final class FunctionsServlet extends HttpServlet {
    /** The request attribute holding the invocation id, for the access log. */
    static final String INVOCATION_ID = FunctionsServlet.class.getName() + ".invocationId";
    private static final String ADMITTED = FunctionsServlet.class.getName() + ".admitted";
    private static final Logger LOG = Logger.getLogger(FunctionsServlet.class.getName());
    /** What {@link #call} returns when it answered already (a bad request, a failed function). */
    private static final Object NO_RESULT = new Object();

    private final transient FunctionApp app;

    /**
     * @param app the function app
     */
    public FunctionsServlet(FunctionApp app) {
        this.app = app;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        FunctionMatch match = (FunctionMatch) request.getAttribute(FunctionMatch.ATTRIBUTE);
        if (match == null) {
            ResponseWriter.empty(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!app.gate().isUnbounded() && request.getAttribute(ADMITTED) == null) {
            QueuedRequest waiter = new QueuedRequest(request);
            switch (app.gate().enter(waiter)) {
                case REJECTED -> {
                    ResponseWriter.tooBusy(response);
                    return;
                }
                case QUEUED -> {
                    waiter.start(response);
                    return;
                }
                case ADMITTED -> { }
            }
        }
        execute(request, response, match);
    }

    /**
     * Runs an admitted invocation. From here on exactly one answer is written and the slot is given
     * back exactly once, whatever throws, on whichever thread: {@link PendingResponse} sees to both.
     */
    private void execute(HttpServletRequest request, HttpServletResponse response, FunctionMatch match) {
        PendingResponse pending = new PendingResponse(app.gate()::leave);
        Invocation invocation = new Invocation(match.function(),
                new ServletRequestData(request, app.config().limits()), match.routeValues());
        try {
            if (app.accessLog() != null) {
                request.setAttribute(INVOCATION_ID, invocation.id());
            }
            // Always asynchronous: a deadline, a stopping host or a stage may answer from another thread.
            pending.async(startAsync(request));
            pending.deadline(app.timeouts().watch(() -> timedOut(response, invocation, pending),
                    () -> stopped(response, invocation, pending)));
            Object result = call(response, invocation, pending);
            if (result == NO_RESULT) {
                return;
            }
            if (result instanceof CompletionStage<?> stage) {
                pending.stage(stage.toCompletableFuture());
                stage.whenComplete((value, error) -> answer(pending, response, invocation, () -> {
                    if (error != null) {
                        failed(response, invocation, error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error);
                    } else {
                        write(response, invocation, value);
                    }
                }));
            } else {
                answer(pending, response, invocation, () -> write(response, invocation, result));
            }
        } catch (Throwable failure) {
            answer(pending, response, invocation, () -> {
                throw failure;
            });
            Failures.rethrowIfFatal(failure);
        }
    }

    /** Binds and calls the function; a failure the error contract names is answered here. */
    private Object call(HttpServletResponse response, Invocation invocation, PendingResponse pending) {
        pending.running();
        try {
            return app.invoker(invocation.function()).invoke(invocation);
        } catch (BindingException e) {
            answer(pending, response, invocation, () -> ResponseWriter.error(response, app.json(), e.status(),
                    e.getMessage(), invocation.id()));
        } catch (RequestBody.TooLargeException e) {
            answer(pending, response, invocation,
                    () -> ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE));
        } catch (UncheckedIOException e) {
            answer(pending, response, invocation, () -> ResponseWriter.error(response, app.json(),
                    HttpServletResponse.SC_BAD_REQUEST, "The request body could not be read.", invocation.id()));
        } catch (FunctionFailedException e) {
            answer(pending, response, invocation, () -> failed(response, invocation, e.getCause()));
        } finally {
            pending.returned();
        }
        return NO_RESULT;
    }

    private static AsyncContext startAsync(HttpServletRequest request) {
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // deadlines are the function timeout's job
        return async;
    }

    /** Something that writes a response. */
    private interface Answer {
        void write() throws Throwable;
    }

    /**
     * Writes the answer if nothing else (a deadline, the host stopping) answered first, then
     * releases the invocation. If writing fails, a 500 replaces it while nothing has been sent.
     */
    private void answer(PendingResponse pending, HttpServletResponse response, Invocation invocation, Answer answer) {
        if (!pending.claim()) {
            return; // answered already: this late result is discarded
        }
        try {
            pending.release();
            answer.write();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client went away before the response was written", e);
        } catch (Throwable failure) {
            Failures.answer(response, app.json(), "function '" + invocation.function().name() + "'", failure,
                    invocation.id());
            Failures.rethrowIfFatal(failure);
        } finally {
            pending.finish();
        }
    }

    private void timedOut(HttpServletResponse response, Invocation invocation, PendingResponse pending) {
        if (pending.cancel()) {
            LOG.severe(() -> "Function '" + invocation.function().name() + "' timed out after "
                    + app.config().functionTimeout() + " and was cancelled (invocation " + invocation.id() + ")");
            finishWith(response, invocation, pending, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Function '" + invocation.function().name() + "' timed out.");
        }
    }

    private void stopped(HttpServletResponse response, Invocation invocation, PendingResponse pending) {
        if (pending.cancel()) {
            LOG.warning(() -> "Function '" + invocation.function().name() + "' was still running when the host"
                    + " stopped and was cancelled (invocation " + invocation.id() + ")");
            finishWith(response, invocation, pending, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The host is stopping; function '" + invocation.function().name() + "' was cancelled.");
        }
    }

    /** Answers for the deadline or the stop, which claimed the answer already. */
    private void finishWith(HttpServletResponse response, Invocation invocation, PendingResponse pending, int status,
                            String message) {
        try {
            pending.release();
            ResponseWriter.error(response, app.json(), status, message, invocation.id());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot answer invocation " + invocation.id(), e);
        } finally {
            pending.finish();
        }
    }

    /** Answers every invocation still running 503: the container is taking the servlet down. */
    @Override
    public void destroy() {
        app.timeouts().stopAll();
    }

    private void write(HttpServletResponse response, Invocation invocation, Object value) throws IOException {
        FunctionResult result;
        try {
            result = app.results().map(value);
        } catch (JsonProcessingException e) {
            failed(response, invocation, e);
            return;
        }
        ResponseWriter.result(response, result);
    }

    private void failed(HttpServletResponse response, Invocation invocation, Throwable cause) throws IOException {
        LOG.log(Level.SEVERE, "Function '" + invocation.function().name() + "' failed (invocation "
                + invocation.id() + ")", cause);
        ResponseWriter.error(response, app.json(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                "Function '" + invocation.function().name() + "' failed; see the host log for invocation "
                        + invocation.id() + ".", invocation.id());
    }

    /**
     * A request waiting for a concurrency slot, parked in servlet async. Admission may come before
     * the async context exists (another invocation can leave at once), hence the handshake.
     */
    private final class QueuedRequest implements ConcurrencyGate.Waiter, AsyncListener {
        private final HttpServletRequest request;
        private AsyncContext async;
        private boolean admitted;

        QueuedRequest(HttpServletRequest request) {
            this.request = request;
        }

        /** Parks the request; if that fails (a filter of the user's that is not async-supported), its place is given up. */
        synchronized void start(HttpServletResponse response) {
            try {
                async = request.startAsync(request, response);
                Duration wait = app.config().functionTimeout();
                async.setTimeout(wait == null ? 0 : wait.toMillis());
                async.addListener(this);
            } catch (RuntimeException e) {
                giveUp();
                throw e;
            }
            if (admitted) {
                dispatch();
            }
        }

        @Override
        public synchronized void admit() {
            admitted = true;
            if (async != null) {
                dispatch();
            }
        }

        private void dispatch() {
            try {
                request.setAttribute(ADMITTED, Boolean.TRUE);
                async.dispatch();
            } catch (RuntimeException e) { // the request is gone (its client closed it): pass the slot on
                LOG.log(Level.FINE, "A queued request could not be resumed", e);
                giveUp();
            }
        }

        /** Leaves the queue, or, when the slot was handed over already, gives it back. */
        private void giveUp() {
            if (!app.gate().abandon(this)) {
                app.gate().leave();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            if (app.gate().abandon(this)) {
                ResponseWriter.tooBusy((HttpServletResponse) event.getSuppliedResponse());
                event.getAsyncContext().complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            app.gate().abandon(this); // when admitted already, the dispatched invocation gives the slot back
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
