package org.functions4j.runtime.invoke;

import java.util.Map;
import org.functions4j.api.ExecutionContext;
import org.functions4j.runtime.model.FunctionDefinition;

/** One call of a function: its id, the request, the route values, and the output set so far. */
public final class Invocation {
    private final String id = InvocationIds.next();
    private final FunctionDefinition function;
    private final RequestData request;
    private final Map<String, String> routeValues;
    private FunctionContext context;
    private W3cTraceContext trace;
    private SimpleOutputBinding<Object> output;

    /**
     * @param function the function called
     * @param request the request
     * @param routeValues the decoded route values
     */
    public Invocation(FunctionDefinition function, RequestData request, Map<String, String> routeValues) {
        this.function = function;
        this.request = request;
        this.routeValues = routeValues;
    }

    /** The invocation id. */
    public String id() {
        return id;
    }

    /** The function called. */
    public FunctionDefinition function() {
        return function;
    }

    /** The request. */
    public RequestData request() {
        return request;
    }

    /** The decoded route values. */
    public Map<String, String> routeValues() {
        return routeValues;
    }

    /**
     * The invocation's span is one a tracer started (OpenTelemetry): {@code getTraceContext()} names
     * it, so a function that passes its trace on continues that span.
     */
    public void continueTrace(String traceId, String spanId, boolean sampled) {
        trace = W3cTraceContext.continued(traceId, spanId, sampled, request.headers().get("tracestate"));
    }

    /** The W3C trace id the invocation belongs to: the caller's, or a new one. */
    public String traceId() {
        return trace().traceId();
    }

    private W3cTraceContext trace() {
        if (trace == null) {
            Map<String, String> headers = request.headers();
            trace = W3cTraceContext.of(headers.get("traceparent"), headers.get("tracestate"));
        }
        return trace;
    }

    ExecutionContext context() {
        if (context == null) {
            context = new FunctionContext(function.name(), id, routeValues, trace());
        }
        return context;
    }

    SimpleOutputBinding<Object> output() {
        if (output == null) {
            output = new SimpleOutputBinding<>();
        }
        return output;
    }
}
