package org.functions4j.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes an HTTP/1 connection whose client has not finished sending a request's headers within
 * the timeout, counted from the request's first byte (Kestrel's {@code RequestHeadersTimeout}).
 * Jetty's idle timeout alone lets a slowloris client, one byte every few seconds, hold a
 * connection for ever. One thread looks at the connections a few times per timeout; nothing is
 * added to the request path.
 */
final class RequestHeadersTimeout extends AbstractLifeCycle {
    private static final Logger LOG = Logger.getLogger(RequestHeadersTimeout.class.getName());

    private final ServerConnector connector;
    private final long timeoutNanos;
    /** Connections seen receiving headers: since when, and how many requests they had then. */
    private final Map<HttpConnection, long[]> receiving = new ConcurrentHashMap<>();
    private Thread sweeper;

    RequestHeadersTimeout(ServerConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    protected void doStart() {
        sweeper = new Thread(this::run, "functions4j-header-timeout");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    @Override
    protected void doStop() {
        sweeper.interrupt();
    }

    private void run() {
        long period = Math.max(50, timeoutNanos / 4 / 1_000_000);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(period);
                sweep(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One look at every connection; closes those past the timeout. Package-private for tests. */
    void sweep(long now) {
        receiving.keySet().removeIf(connection -> !connection.getEndPoint().isOpen());
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            Connection connection = endPoint.getConnection();
            if (!(connection instanceof HttpConnection http)) {
                continue; // HTTP/2 and upgraded connections have their own limits
            }
            // Reading another thread's parser state is a heuristic: a stale read only delays a close by one sweep.
            boolean inHeaders = http.getParser().inHeaderState() && !http.getParser().isStart();
            if (!inHeaders) {
                receiving.remove(http);
                continue;
            }
            long[] since = receiving.get(http);
            if (since == null || since[1] != http.getMessagesIn()) {
                receiving.put(http, new long[] {now, http.getMessagesIn()});
            } else if (now - since[0] >= timeoutNanos) {
                receiving.remove(http);
                LOG.fine(() -> "Closing " + endPoint.getRemoteSocketAddress() + ": request headers not received in time");
                endPoint.close();
            }
        }
    }
}
