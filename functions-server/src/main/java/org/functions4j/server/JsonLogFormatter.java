package org.functions4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import org.functions4j.runtime.invoke.CurrentInvocation;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.invoke.InvocationLogRecord;

/**
 * {@code --json-logs}: one JSON object a line, for log collectors. Fields: {@code time} (ISO-8601,
 * UTC), {@code level}, {@code logger}, {@code message}, and for lines of an invocation (the
 * function's own, through {@code context.getLogger()} or SLF4J, and the runtime's on the thread
 * running it) {@code functionName}, {@code invocationId} and {@code traceId}; {@code exception}
 * with the stack trace when there is one.
 */
final class JsonLogFormatter extends Formatter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format(LogRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", record.getInstant().toString());
        line.put("level", record.getLevel().getName());
        line.put("logger", record.getLoggerName());
        if (record instanceof InvocationLogRecord invocation) {
            line.put("message", formatMessage(withMessage(invocation, invocation.functionMessage())));
            line.put("functionName", invocation.functionName());
            line.put("invocationId", invocation.invocationId());
            line.put("traceId", invocation.traceId());
        } else {
            line.put("message", formatMessage(record));
            Invocation current = CurrentInvocation.get();
            if (current != null) {
                line.put("functionName", current.function().name());
                line.put("invocationId", current.id());
                line.put("traceId", current.traceId());
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.put("exception", trace.toString());
        }
        try {
            return JSON.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            return "{\"level\":\"SEVERE\",\"message\":\"a log record could not be written as JSON\"}"
                    + System.lineSeparator();
        }
    }

    /** The function's own message, formatted with its parameters as the plain formatter would. */
    private static LogRecord withMessage(LogRecord record, String message) {
        LogRecord copy = new LogRecord(record.getLevel(), message);
        copy.setParameters(record.getParameters());
        copy.setResourceBundle(record.getResourceBundle());
        return copy;
    }
}
