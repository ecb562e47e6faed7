package org.functions4j.runtime.observe;

/** What observers read of a request: enough for a span's attributes and the caller's trace context. */
public interface ObservedRequest {
    /** The method, e.g. {@code GET}. */
    String method();

    /** The path as sent, without the query (which may hold a key: never recorded). */
    String requestUri();

    /** Whether it came over HTTPS. */
    boolean isSecure();

    /** A header's value (several joined with ","), or null. */
    String header(String name);
}
