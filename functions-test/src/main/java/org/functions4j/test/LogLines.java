package org.functions4j.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log records written while an app is served (the functions' {@code context.getLogger()} lines
 * and the runtime's), kept so a failing test can show the lines of its invocation.
 */
final class LogLines extends Handler implements AutoCloseable {
    private static final int KEPT = 10_000;
    private final Deque<String> lines = new ArrayDeque<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogLines() {
        Logger.getLogger("").addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        String message = formatter.formatMessage(record);
        String line = record.getLevel() + " " + record.getLoggerName() + ": " + message
                + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")");
        synchronized (lines) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    /** The lines that name an invocation id. */
    List<String> of(String invocationId) {
        if (invocationId == null) {
            return List.of();
        }
        synchronized (lines) {
            return lines.stream().filter(line -> line.contains(invocationId)).toList();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
