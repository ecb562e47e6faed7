package org.functions4j.server;

import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.functions4j.runtime.invoke.CurrentInvocation;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.invoke.InvocationLogRecord;

/**
 * One line a record ({@code java.util.logging.SimpleFormatter}'s format), and a line written while a
 * thread runs an invocation (a function's SLF4J logger, the runtime) starts with the invocation id
 * and the function's name, as {@code context.getLogger()}'s lines start with the id.
 */
final class PlainLogFormatter extends SimpleFormatter {
    @Override
    public String format(LogRecord record) {
        Invocation current = record instanceof InvocationLogRecord ? null : CurrentInvocation.get();
        if (current == null) {
            return super.format(record);
        }
        LogRecord tagged = new LogRecord(record.getLevel(), "[" + current.id() + " " + current.function().name() + "] "
                + (record.getMessage() == null ? "" : record.getMessage()));
        tagged.setInstant(record.getInstant());
        tagged.setLoggerName(record.getLoggerName());
        tagged.setParameters(record.getParameters());
        tagged.setResourceBundle(record.getResourceBundle());
        tagged.setSourceClassName(record.getSourceClassName());
        tagged.setSourceMethodName(record.getSourceMethodName());
        tagged.setThrown(record.getThrown());
        return super.format(tagged);
    }
}
