package org.functions4j.runtime.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.functions4j.runtime.observe.ObservedRequest;

/**
 * One HTTP request and its response as the {@link Pipeline} sees them. Whatever serves the request
 * (a servlet container, a test) adapts it to this; nothing in the pipeline knows the servlet API.
 *
 * <p>Completion: the pipeline calls {@link #complete()} exactly once, when the response is
 * written. An exchange the pipeline has {@linkplain #suspend() suspended} stays open after the
 * thread that handed it over returns, and may be answered from any thread.
 */
public interface Exchange extends ObservedRequest {
    /** The method as sent, e.g. {@code GET}. */
    String method();

    /** The path as sent (not decoded), context path included, without the query. */
    String requestUri();

    /** The context path the app is served under ({@code ""} at the root). */
    String contextPath();

    /** The raw query string, or null. */
    String query();

    /** The request URL without the query: scheme, authority and path. */
    String requestUrl();

    /** The first value of a header (its name compared ignoring case), or null. */
    String header(String name);

    /** Hands every header value to the action, a repeated header once per value, in the order sent. */
    void forEachHeader(BiConsumer<String, String> action);

    /** The declared body length, or -1 when the request does not declare one. */
    long contentLength();

    /** The protocol, e.g. {@code HTTP/1.1}. */
    String protocol();

    /** Whether the request came over TLS. */
    boolean isSecure();

    /** The host name the request was sent to. */
    String serverName();

    /** The request body. */
    InputStream body() throws IOException;

    /** The response status set so far (200 before any is set). */
    int status();

    /** Sets a response header, replacing one of the same name. */
    void header(String name, String value);

    /** Whether the status and headers have been sent. */
    boolean isCommitted();

    /** Drops the status and headers set so far; only before {@link #isCommitted()}. */
    void reset();

    /** A status with an empty body. */
    void send(int status);

    /** A status with a body of the given content type. */
    void send(int status, String contentType, byte[] body) throws IOException;

    /** Keeps the exchange open after the handing-over thread returns, until {@link #complete()}. Once only. */
    void suspend();

    /** Runs a task on the server's threads; the exchange must be suspended. */
    void dispatch(Runnable task);

    /** Runs the action if the client goes away while the exchange is suspended. */
    void onAbort(Runnable action);

    /** The response is written: the exchange is done. */
    void complete();

    /** The request became an invocation of this function (a test's exchange records it; servers need not). */
    default void invocation(String id, String function) {
    }
}
