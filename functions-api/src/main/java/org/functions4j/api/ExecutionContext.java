package org.functions4j.api;

import java.util.Map;
import java.util.logging.Logger;

/** What the host tells a function about the current invocation. */
public interface ExecutionContext {
    /**
     * The function's logger. Each line it writes carries the invocation id.
     *
     * @return the logger
     */
    Logger getLogger();

    /**
     * The id of this invocation, also given in the 500 answer when the function fails.
     *
     * @return the invocation id
     */
    String getInvocationId();

    /**
     * The function's name.
     *
     * @return the function name
     */
    String getFunctionName();

    /**
     * The W3C trace context of this invocation: the request's {@code traceparent} and
     * {@code tracestate}, or a new trace when it sent none (or an invalid one). Null in a context
     * that does not carry one, as in Azure's library.
     *
     * @return the trace context, or null
     */
    default TraceContext getTraceContext() {
        return null;
    }

    /**
     * The retry state of a retried invocation. HTTP-triggered functions are never retried (on Azure
     * neither), so the host gives null, as Azure's library does by default.
     *
     * @return the retry context, or null
     */
    default RetryContext getRetryContext() {
        return null;
    }

    /**
     * The values the route template matched, decoded, by parameter name. (An addition to Azure's
     * library.)
     *
     * @return an unmodifiable map of route values (empty by default)
     */
    default Map<String, String> getRouteValues() {
        return Map.of();
    }
}
