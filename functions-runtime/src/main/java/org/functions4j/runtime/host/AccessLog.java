package org.functions4j.runtime.host;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.functions4j.runtime.invoke.QueryString;

/**
 * One line per request (method, path with key values redacted, status, duration, invocation id),
 * written by a background thread so the request path only offers a string to a queue. When the
 * queue is full, lines are dropped and counted rather than slowing requests down.
 * Lines go to the java.util.logging logger {@code org.functions4j.access}.
 */
public final class AccessLog implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("org.functions4j.access");
    private static final String STOP = new String("stop"); // identity marks the end of the queue

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(8192);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    /** Starts the writer thread. */
    public AccessLog() {
        writer = new Thread(this::drain, "functions4j-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Records a request.
     *
     * @param method the method
     * @param path the path, no query
     * @param query the raw query string, or null; the values of {@code code} are redacted
     * @param status the response status
     * @param micros how long it took
     * @param invocationId the invocation id, or null when no function ran
     */
    public void record(String method, String path, String query, int status, long micros, String invocationId) {
        String line = method + " " + path + (query == null ? "" : "?" + redact(query)) + " " + status + " "
                + micros / 1000 + "." + String.format("%03d", micros % 1000) + "ms"
                + (invocationId == null ? "" : " " + invocationId);
        if (!lines.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Replaces the value of every {@code code} parameter (a key) with {@code ***}. Names are compared
     * decoded and ignoring case, as the key check reads them: {@code %63ode} and {@code c%6Fde} are
     * {@code code} too.
     */
    static String redact(String query) {
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            out.append(QueryString.decode(name).equalsIgnoreCase("code") ? name + "=***" : pair);
        }
        return out.toString();
    }

    private void drain() {
        try {
            for (String line = lines.take(); line != STOP; line = lines.take()) {
                LOG.info(line);
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    LOG.warning(() -> "Access log: " + lost + " lines dropped while the log fell behind");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        lines.offer(STOP);
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
