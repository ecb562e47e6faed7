package org.functions4j.runtime.invoke;

import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.TraceContext;

/** The {@link ExecutionContext} of one invocation. The logger is made only if asked for. */
final class FunctionContext implements ExecutionContext {
    private final String functionName;
    private final String invocationId;
    private final Map<String, String> routeValues;
    private final W3cTraceContext traceContext;
    private Logger logger;

    FunctionContext(String functionName, String invocationId, Map<String, String> routeValues, RequestData request) {
        this(functionName, invocationId, routeValues, W3cTraceContext.of(request.headers().get("traceparent"),
                request.headers().get("tracestate")));
    }

    FunctionContext(String functionName, String invocationId, Map<String, String> routeValues,
                    W3cTraceContext traceContext) {
        this.functionName = functionName;
        this.invocationId = invocationId;
        this.routeValues = Map.copyOf(routeValues);
        this.traceContext = traceContext;
    }

    @Override
    public synchronized Logger getLogger() {
        if (logger == null) {
            logger = new InvocationLogger(functionName, invocationId, traceContext.traceId());
        }
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public TraceContext getTraceContext() {
        return traceContext;
    }

    @Override
    public Map<String, String> getRouteValues() {
        return routeValues;
    }

    /**
     * A logger for one invocation: a child of {@code Function.<name>} (so levels and handlers are
     * configured per function) whose records carry the invocation ({@link InvocationLogRecord}).
     */
    private static final class InvocationLogger extends Logger {
        private final String functionName;
        private final String invocationId;
        private final String traceId;

        InvocationLogger(String functionName, String invocationId, String traceId) {
            super("Function." + functionName, null); // not registered: one per invocation, collected with it
            this.functionName = functionName;
            this.invocationId = invocationId;
            this.traceId = traceId;
            setParent(Logger.getLogger("Function." + functionName));
        }

        @Override
        public void log(LogRecord record) {
            super.log(new InvocationLogRecord(record, functionName, invocationId, traceId));
        }
    }
}
