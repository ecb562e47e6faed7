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
 * </ul>
 */
public final class FunctionsServlet extends HttpServlet {
    /** The request attribute holding the invocation id, for the access log. */
    static final String INVOCATION_ID = FunctionsServlet.class.getName() + ".invocationId";
    private static final String ADMITTED = FunctionsServlet.class.getName() + ".admitted";
    private static final Logger LOG = Logger.getLogger(FunctionsServlet.class.getName());

    private final transient FunctionApp app;

    /**
     * @param app the function app
     */
    public FunctionsServlet(FunctionApp app) {
        this.app = app;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    private void execute(HttpServletRequest request, HttpServletResponse response, FunctionMatch match)
            throws IOException {
        Invocation invocation = new Invocation(match.function(), new ServletRequestData(request, app.config().limits()),
                match.routeValues());
        if (app.accessLog() != null) {
            request.setAttribute(INVOCATION_ID, invocation.id());
        }
        PendingResponse pending = new PendingResponse(app.gate()::leave);
        Duration timeout = app.config().functionTimeout();
        if (timeout != null) {
            pending.async(startAsync(request));
            pending.deadline(app.timeouts().watch(() -> timedOut(response, invocation, pending, timeout)));
        }
        Object result;
        pending.running();
        try {
            result = app.invoker(match.function()).invoke(invocation);
        } catch (BindingException e) {
            answer(pending, () -> ResponseWriter.error(response, app.json(), HttpServletResponse.SC_BAD_REQUEST,
                    e.getMessage(), invocation.id()));
            return;
        } catch (RequestBody.TooLargeException e) {
            answer(pending, () -> ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE));
            return;
        } catch (UncheckedIOException e) {
            answer(pending, () -> ResponseWriter.error(response, app.json(), HttpServletResponse.SC_BAD_REQUEST,
                    "The request body could not be read.", invocation.id()));
            return;
        } catch (FunctionFailedException e) {
            answer(pending, () -> failed(response, invocation, e.getCause()));
            return;
        } finally {
            pending.returned();
        }
        if (result instanceof CompletionStage<?> stage) {
            if (timeout == null) {
                pending.async(startAsync(request));
            }
            pending.stage(stage.toCompletableFuture());
            stage.whenComplete((value, error) -> answer(pending, () -> {
                if (error != null) {
                    failed(response, invocation, error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                } else {
                    write(response, invocation, value);
                }
            }));
        } else {
            answer(pending, () -> write(response, invocation, result));
        }
    }

    private static AsyncContext startAsync(HttpServletRequest request) {
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // deadlines are the function timeout's job
        return async;
    }

    /** Something that writes a response. */
    private interface Answer {
        void write() throws IOException;
    }

    /** Writes the answer if nothing else (a deadline) answered first, then releases the invocation. */
    private static void answer(PendingResponse pending, Answer answer) {
        if (!pending.claim()) {
            return; // the deadline answered already: the late result is discarded
        }
        try {
            answer.write();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client went away before the response was written", e);
        } finally {
            pending.finish();
        }
    }

    private void timedOut(HttpServletResponse response, Invocation invocation, PendingResponse pending,
                          Duration timeout) {
        if (!pending.timeOut()) {
            return;
        }
        try {
            LOG.severe(() -> "Function '" + invocation.function().name() + "' timed out after " + timeout
                    + " and was cancelled (invocation " + invocation.id() + ")");
            ResponseWriter.error(response, app.json(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Function '" + invocation.function().name() + "' timed out.", invocation.id());
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client went away before the timeout was answered", e);
        } finally {
            pending.finish();
        }
    }

    private void write(HttpServletResponse response, Invocation invocation, Object value) throws IOException {
        try {
            ResponseWriter.result(response, app.results().map(value));
        } catch (JsonProcessingException e) {
            failed(response, invocation, e);
        }
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

        synchronized void start(HttpServletResponse response) {
            async = request.startAsync(request, response);
            Duration wait = app.config().functionTimeout();
            async.setTimeout(wait == null ? 0 : wait.toMillis());
            async.addListener(this);
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
            request.setAttribute(ADMITTED, Boolean.TRUE);
            async.dispatch();
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
            app.gate().abandon(this);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
