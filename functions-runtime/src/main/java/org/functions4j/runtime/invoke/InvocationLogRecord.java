package org.functions4j.runtime.invoke;

import java.util.logging.LogRecord;

/**
 * A line a function logged through {@code context.getLogger()}: the record as the function made it,
 * with the invocation it belongs to, so a structured formatter can write them as fields. The plain
 * message carries the invocation id in front, as {@code [id] message}.
 */
public final class InvocationLogRecord extends LogRecord {
    private final String functionName;
    private final String invocationId;
    private final String traceId;
    private final String functionMessage;

    InvocationLogRecord(LogRecord record, String functionName, String invocationId, String traceId) {
        super(record.getLevel(), "[" + invocationId + "] " + (record.getMessage() == null ? "" : record.getMessage()));
        this.functionName = functionName;
        this.invocationId = invocationId;
        this.traceId = traceId;
        this.functionMessage = record.getMessage();
        setInstant(record.getInstant());
        setLoggerName(record.getLoggerName());
        setParameters(record.getParameters());
        setResourceBundle(record.getResourceBundle());
        setResourceBundleName(record.getResourceBundleName());
        setSequenceNumber(record.getSequenceNumber());
        setSourceClassName(record.getSourceClassName());
        setSourceMethodName(record.getSourceMethodName());
        setLongThreadID(record.getLongThreadID());
        setThrown(record.getThrown());
    }

    /** The function's name. */
    public String functionName() {
        return functionName;
    }

    /** The invocation's id. */
    public String invocationId() {
        return invocationId;
    }

    /** The W3C trace id the invocation belongs to. */
    public String traceId() {
        return traceId;
    }

    /** The message as the function gave it, without the invocation id in front. */
    public String functionMessage() {
        return functionMessage;
    }
}
