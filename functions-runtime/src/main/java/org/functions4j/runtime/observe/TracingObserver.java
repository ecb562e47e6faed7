package org.functions4j.runtime.observe;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Each invocation as an OpenTelemetry SERVER span, following the HTTP and FaaS semantic
 * conventions: a child of the caller's context (the configured propagators, W3C Trace Context by
 * default), current while the function runs (so {@code Span.current()} in a function is the
 * invocation's and the function's own spans nest under it), ended when the answer is written, on
 * a timeout or a failure too. When a span is current already as the request arrives (the Java
 * agent's span of the HTTP server), the invocation's span is an INTERNAL child of it: one server
 * span a request, as the conventions ask; that span gets the route ({@code http.route} and the
 * name {@code GET /api/orders/{id}}), which only the host knows. The only class that touches OpenTelemetry: loaded only
 * when it is configured.
 */
final class TracingObserver implements Observer {
    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
    static final AttributeKey<String> FAAS_TRIGGER = AttributeKey.stringKey("faas.trigger");
    static final AttributeKey<String> FAAS_NAME = AttributeKey.stringKey("faas.name");
    static final AttributeKey<String> FAAS_INVOCATION_ID = AttributeKey.stringKey("faas.invocation_id");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    /** Reads the caller's trace headers (traceparent, tracestate, baggage...) from the request. */
    private static final TextMapGetter<ObservedRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ObservedRequest request) {
            return List.of(); // the W3C propagators ask for their headers by name
        }

        @Override
        public String get(ObservedRequest request, String key) {
            return request == null ? null : request.header(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final String routePrefix;
    /** {@code http.route} per function: the template under the prefix, made once. */
    private final ConcurrentMap<String, String> routes = new ConcurrentHashMap<>(); // by function name: names are unique

    TracingObserver(OpenTelemetry openTelemetry, String routePrefix) {
        this.routePrefix = routePrefix;
        String version = TracingObserver.class.getPackage().getImplementationVersion();
        this.tracer = version == null ? openTelemetry.getTracer("org.functions4j")
                : openTelemetry.getTracer("org.functions4j", version);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /**
     * An observer of the global OpenTelemetry when something configured it: the Java agent, the
     * application, or the SDK's autoconfiguration asked for with
     * {@code otel.java.global-autoconfigure.enabled}; else null. Never makes the no-op instance the
     * global one (that would lock out a configuration made later).
     */
    static Observer ifConfigured(String routePrefix) {
        if (GlobalOpenTelemetry.isSet()) {
            return new TracingObserver(GlobalOpenTelemetry.get(), routePrefix);
        }
        String property = System.getProperty("otel.java.global-autoconfigure.enabled",
                System.getenv("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED"));
        return "true".equalsIgnoreCase(property) ? new TracingObserver(GlobalOpenTelemetry.get(), routePrefix) : null;
    }

    @Override
    public Observation invocationStarted(Invocation invocation, ObservedRequest request) {
        String route = routes.computeIfAbsent(invocation.function().name(), name -> route(invocation.function()));
        Context current = Context.current();
        boolean underServerSpan = Span.fromContext(current).getSpanContext().isValid();
        Context parent = underServerSpan ? current : propagator.extract(Context.root(), request, HEADERS);
        String method = request.method().toUpperCase(Locale.ROOT);
        if (underServerSpan) { // the agent's server span cannot know the route: name it as the conventions do
            Span.fromContext(current).updateName(method + " " + route).setAttribute(HTTP_ROUTE, route);
        }
        Span span = tracer.spanBuilder(method + " " + route)
                .setParent(parent)
                .setSpanKind(underServerSpan ? SpanKind.INTERNAL : SpanKind.SERVER)
                .setAttribute(HTTP_REQUEST_METHOD, method)
                .setAttribute(HTTP_ROUTE, route)
                .setAttribute(URL_PATH, request.requestUri())
                .setAttribute(URL_SCHEME, request.isSecure() ? "https" : "http")
                .setAttribute(FAAS_TRIGGER, "http")
                .setAttribute(FAAS_NAME, invocation.function().name())
                .setAttribute(FAAS_INVOCATION_ID, invocation.id())
                .startSpan();
        SpanContext context = span.getSpanContext();
        if (context.isValid()) { // ExecutionContext.getTraceContext() names this span
            invocation.continueTrace(context.getTraceId(), context.getSpanId(), context.isSampled());
        }
        return new SpanObservation(span, parent.with(span));
    }

    /** {@code /api/products/{category:alpha}/{id:int?}}: the template as routed, under the prefix. */
    private String route(FunctionDefinition function) {
        String template = function.routeTemplate().startsWith("/") ? function.routeTemplate().substring(1)
                : function.routeTemplate();
        return "/" + (routePrefix.isEmpty() ? template : template.isEmpty() ? routePrefix : routePrefix + "/" + template);
    }

    /** One invocation's span. */
    private static final class SpanObservation implements Observation {
        private final Span span;
        private final Context context;

        SpanObservation(Span span, Context context) {
            this.span = span;
            this.context = context;
        }

        @Override
        public Scope makeCurrent() {
            io.opentelemetry.context.Scope scope = context.makeCurrent();
            return scope::close;
        }

        @Override
        public void ended(int status, Throwable error) {
            span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
            if (error != null) {
                span.recordException(error);
                span.setAttribute(ERROR_TYPE, error.getClass().getName());
            }
            if (status >= 500) { // HTTP server spans: 4xx are the client's doing, not an error of the span
                span.setStatus(StatusCode.ERROR);
                if (error == null) {
                    span.setAttribute(ERROR_TYPE, String.valueOf(status));
                }
            }
            span.end();
        }
    }
}
