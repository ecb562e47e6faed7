package org.functions4j.runtime.invoke;

import java.util.Map;

/** The parts of an HTTP request a function can see, independent of the servlet API. */
public interface RequestData {
    /** The method as sent, e.g. {@code GET}. */
    String method();

    /** The full request URL as sent, query string included; parsed only if a function asks for its URI. */
    String url();

    /** Headers with lower-case names; a repeated header's values joined with {@code ","}; blank values left out. */
    Map<String, String> headers();

    /** Decoded query parameters as {@link QueryString#parse} gives them. */
    Map<String, String> queryParameters();

    /** The {@code Content-Type} header, or null. */
    String contentType();

    /** The raw body, or null when the request has none. Read once, on first call. */
    byte[] body();
}
