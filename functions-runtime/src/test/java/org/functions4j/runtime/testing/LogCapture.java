package org.functions4j.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures what a java.util.logging logger (and its children) records while open. For tests. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(handler);
    }

    /** Starts capturing the named logger ({@code ""} for every logger). */
    public static LogCapture of(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    /** The records so far. */
    public List<LogRecord> records() {
        return records;
    }

    /** Each record's message and thrown exception, as one text per record. */
    public List<String> texts() {
        return records.stream().map(r -> r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown())).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
