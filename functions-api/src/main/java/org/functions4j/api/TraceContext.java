package org.functions4j.api;

import java.util.Map;

/** The W3C Trace Context of an invocation (https://www.w3.org/TR/trace-context/). */
public interface TraceContext {
    /**
     * The {@code traceparent}: version, trace id, parent id and flags, e.g.
     * {@code 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01}.
     *
     * @return the traceparent
     */
    String getTraceparent();

    /**
     * The vendor-specific {@code tracestate}, or an empty string.
     *
     * @return the tracestate
     */
    String getTracestate();

    /**
     * Further attributes of the trace.
     *
     * @return the attributes, possibly empty
     */
    Map<String, String> getAttributes();
}
