package org.functions4j.runtime.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.WebHookType;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.KeyAuthorizer;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Serves a function app, whatever the server: every request crosses the same stages in the same
 * order, and this class is the one place that guarantees each gets exactly one answer from the
 * error contract and gives back whatever it took, whatever throws.
 *
 * <pre>
 * host headers → admin endpoints (/admin/...)
 *              → CORS (a preflight is answered here) → OpenAPI document and Swagger UI (when on)
 *              → route (limits, throttle, match)
 *              → key check | webhook check → admission → execution
 * access log when the exchange completes
 * </pre>
 *
 * The app is held by an atomic reference: {@link #swap} puts a new one in service at once; the
 * old one finishes the requests it had (new ones never reach it) and is closed then.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());

    private final AtomicReference<Served> served;

    /**
     * @param app the app to serve; closed with the pipeline
     */
    public Pipeline(FunctionApp app) {
        this.served = new AtomicReference<>(new Served(app));
    }

    /** The app in service now. */
    public FunctionApp app() {
        return served.get().app;
    }

    /**
     * Puts another app in service. Requests that reached the old app finish there; once they
     * have (or the drain time is over) the old app is closed, and its invocations still running then are
     * answered 503.
     *
     * @param next the new app, built and validated
     * @param drain how long the old app's requests may take to finish
     * @return true when the old app drained in time
     */
    public boolean swap(FunctionApp next, Duration drain) throws InterruptedException {
        Served old = served.getAndSet(new Served(next));
        boolean drained = old.app.retire(drain);
        if (!drained) {
            old.app.timeouts().stopAll();
        }
        old.app.close();
        return drained;
    }

    /** Answers every invocation still running 503 (the host is stopping), then closes the app. */
    @Override
    public void close() {
        FunctionApp app = served.get().app;
        app.timeouts().stopAll();
        app.close();
    }

    /**
     * Handles one exchange. Returns when the stages that run on this thread are done; the exchange
     * may be answered later from another thread (a queued request, an asynchronous function).
     */
    public void handle(Exchange exchange) {
        Served current = enter();
        Flight flight = new Flight(current.app, exchange);
        String stage = "routing";
        Thread thread = Thread.currentThread();
        ClassLoader appLoader = current.app.classLoader();
        ClassLoader previous = thread.getContextClassLoader();
        if (appLoader != null) {
            thread.setContextClassLoader(appLoader); // the app's code sees its own loader, whichever app is served
        }
        try {
            if (current.headers != null) {
                current.headers.apply(exchange);
            }
            String path = exchange.requestUri().substring(exchange.contextPath().length());
            List<String> adminPath = AdminEndpoints.pathOf(path);
            if (adminPath != null) {
                stage = "the admin API (" + exchange.method() + " " + exchange.requestUri() + ")";
                flight.admin();
                current.admin.answer(exchange, adminPath);
                return;
            }
            if (current.cors != null && current.cors.handle(exchange)) {
                return; // a preflight, answered before any key is asked for
            }
            if (current.docs != null && current.docs.handle(exchange, path)) {
                flight.admin(); // not a function request
                return;
            }
            FunctionMatch match = Router.route(current.app, exchange);
            if (match == null) {
                return;
            }
            stage = "the key check";
            FunctionDefinition function = match.function();
            flight.matched(function.name());
            ExchangeRequestData data = new ExchangeRequestData(exchange, current.app.config().limits().maxRequestBodyBytes());
            AuthorizationLevel level = function.trigger().authLevel();
            if (function.trigger().webHookType() == WebHookType.NONE) {
                // An anonymous function needs no key: none is looked for (the header, the query parsed).
                if (level != AuthorizationLevel.ANONYMOUS && current.app.authorizer().decide(level, function.name(),
                        PresentedKey.of(exchange)) != KeyAuthorizer.Decision.ALLOW) {
                    exchange.send(401); // any refused key, as the reference host: no hint about what exists
                    return;
                }
            } else {
                stage = "the webhook check";
                if (!WebhookCheck.passes(current.app, exchange, function, data, PresentedKey.of(exchange))) {
                    return;
                }
            }
            stage = "admission";
            Admission.admit(flight, match, data);
        } catch (ExchangeRequestData.TooLargeException e) {
            exchange.send(413);
        } catch (Throwable failure) {
            if (!flight.isSuspended()) {
                Failures.answer(exchange, current.app.json(), stage, failure, null);
            } else {
                LOG.log(Level.SEVERE, "Unexpected failure after " + stage, failure);
            }
            Failures.rethrowIfFatal(failure);
        } finally {
            if (!flight.isSuspended()) {
                flight.land();
            }
            if (appLoader != null) {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** The app in service, counted in; a request never enters an app that is being retired. */
    private Served enter() {
        while (true) {
            Served current = served.get();
            if (current.app.enter()) {
                return current;
            }
        }
    }

    /** An app with the stages built for it once. */
    private static final class Served {
        final FunctionApp app;
        final HostHeaders headers;
        final Cors cors;
        final AdminEndpoints admin;
        final ApiDocs docs;

        Served(FunctionApp app) {
            this.app = app;
            this.headers = HostHeaders.of(app.config());
            this.cors = Cors.of(app.config());
            this.admin = new AdminEndpoints(app);
            this.docs = ApiDocs.of(app);
        }
    }
}
