package org.functions4j.runtime.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.FunctionFailedException;
import org.functions4j.runtime.invoke.Invocation;

/**
 * Calls the function {@link RoutingFilter} matched and writes its result. A function returning a
 * {@code CompletionStage} is served asynchronously: no server thread waits for it.
 *
 * <p>What a function throws is logged in full with the invocation id; the client gets a 500 with
 * only the invocation id, never the exception's class, message or stack trace.
 */
public final class FunctionsServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(FunctionsServlet.class.getName());
    /** How long an asynchronous function may take before it is answered 500. */
    static final long ASYNC_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(5);

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
        Invocation invocation = new Invocation(match.function(), new ServletRequestData(request), match.routeValues());
        Object result;
        try {
            result = app.invoker(match.function()).invoke(invocation);
        } catch (BindingException e) {
            ResponseWriter.error(response, app.json(), HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), invocation.id());
            return;
        } catch (RequestBody.TooLargeException e) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (UncheckedIOException e) {
            ResponseWriter.error(response, app.json(), HttpServletResponse.SC_BAD_REQUEST,
                    "The request body could not be read.", invocation.id());
            return;
        } catch (FunctionFailedException e) {
            failed(response, invocation, e.getCause());
            return;
        }
        if (result instanceof CompletionStage<?> stage) {
            completeAsync(request, response, invocation, stage);
        } else {
            write(response, invocation, result);
        }
    }

    private void completeAsync(HttpServletRequest request, HttpServletResponse response, Invocation invocation,
                               CompletionStage<?> stage) {
        AsyncContext async = request.startAsync();
        async.setTimeout(ASYNC_TIMEOUT_MILLIS);
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new TimeoutListener(answered, response, invocation));
        stage.whenComplete((value, error) -> {
            if (!answered.compareAndSet(false, true)) {
                return; // timed out already: the late result is discarded
            }
            try {
                if (error != null) {
                    failed(response, invocation, error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                } else {
                    write(response, invocation, value);
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "Client went away before the response of invocation " + invocation.id(), e);
            } finally {
                async.complete();
            }
        });
    }

    private void write(HttpServletResponse response, Invocation invocation, Object value) throws IOException {
        try {
            ResponseWriter.result(response, app.results().map(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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

    /** Answers 500 when an asynchronous function does not complete in time. */
    private final class TimeoutListener implements AsyncListener {
        private final AtomicBoolean answered;
        private final HttpServletResponse response;
        private final Invocation invocation;

        TimeoutListener(AtomicBoolean answered, HttpServletResponse response, Invocation invocation) {
            this.answered = answered;
            this.response = response;
            this.invocation = invocation;
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            if (answered.compareAndSet(false, true)) {
                LOG.severe("Function '" + invocation.function().name() + "' timed out (invocation "
                        + invocation.id() + ")");
                ResponseWriter.error(response, app.json(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Function '" + invocation.function().name() + "' timed out.", invocation.id());
                event.getAsyncContext().complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
