package org.functions4j.runtime.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body once, within a size limit, and keeps it as a request attribute so a
 * filter that needs the raw bytes (a webhook receiver) and the function see the same bytes
 * without reading or copying twice.
 */
final class RequestBody {
    private static final String ATTRIBUTE = RequestBody.class.getName();
    private static final byte[] EMPTY = new byte[0];

    private RequestBody() {
    }

    /** Thrown when a body is over the limit: answered 413. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("request body over the limit", null, false, false);
        }
    }

    /**
     * The body: read now, or by an earlier caller.
     *
     * @return the bytes, empty when there is no body
     * @throws TooLargeException when the body is over the limit (known from Content-Length before reading)
     */
    static byte[] of(HttpServletRequest request, long limit) throws IOException {
        Object read = request.getAttribute(ATTRIBUTE);
        if (read instanceof byte[] bytes) {
            return bytes;
        }
        byte[] bytes = read(request, limit);
        if (bytes.length > 0) { // an empty body reads as empty again: no attribute (a map entry) needed
            request.setAttribute(ATTRIBUTE, bytes);
        }
        return bytes;
    }

    private static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            throw new TooLargeException();
        }
        if (length == 0 || length < 0 && hasNoBody(request)) {
            return EMPTY;
        }
        InputStream in = request.getInputStream();
        if (length > 0) {
            return in.readNBytes((int) length); // exact size: one array, no growth
        }
        // Chunked: read one byte past the limit to tell "exactly the limit" from "over it".
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            throw new TooLargeException();
        }
        return bytes;
    }

    /**
     * HTTP/1.x: a request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112
     * section 6.3), so a GET costs no read. HTTP/2 and later may stream a body without either.
     */
    private static boolean hasNoBody(HttpServletRequest request) {
        return request.getProtocol().startsWith("HTTP/1.") && request.getHeader("Transfer-Encoding") == null;
    }
}
