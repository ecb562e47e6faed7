package org.functions4j.runtime.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.functions4j.runtime.invoke.QueryString;
import org.functions4j.runtime.invoke.RequestData;

/**
 * An exchange's request seen as {@link RequestData}; each part is computed when first asked for.
 * The body is read once, within the size limit, so a webhook check that needs the raw bytes and the
 * function see the same bytes without a second read or copy.
 */
final class ExchangeRequestData implements RequestData {
    private static final byte[] EMPTY = new byte[0];

    private final Exchange exchange;
    private final long bodyLimit;
    private Map<String, String> headers;
    private Map<String, String> query;
    private byte[] body;

    ExchangeRequestData(Exchange exchange, long bodyLimit) {
        this.exchange = exchange;
        this.bodyLimit = bodyLimit;
    }

    /** Thrown when a body is over the limit: answered 413. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("request body over the limit", null, false, false);
        }
    }

    @Override
    public String method() {
        return exchange.method();
    }

    @Override
    public String url() {
        String query = exchange.query();
        String url = exchange.requestUrl();
        return query == null ? url : url + "?" + query;
    }

    @Override
    public Map<String, String> headers() {
        if (headers == null) {
            // As the Azure host hands headers to a Java function: a repeated header's values
            // joined with "," (no space), a header whose value is empty or blank left out.
            Map<String, String> map = new HashMap<>();
            exchange.forEachHeader((name, value) -> map.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b));
            map.values().removeIf(String::isBlank);
            headers = Map.copyOf(map); // immutable: FunctionRequest's own Map.copyOf then copies nothing
        }
        return headers;
    }

    @Override
    public Map<String, String> queryParameters() {
        if (query == null) {
            query = QueryString.parse(exchange.query());
        }
        return query;
    }

    @Override
    public String contentType() {
        return exchange.header("Content-Type");
    }

    /**
     * {@inheritDoc}
     *
     * @throws TooLargeException when the body is over the limit
     * @throws UncheckedIOException when it cannot be read (the client cut it short)
     */
    @Override
    public byte[] body() {
        byte[] bytes = rawBody();
        return bytes.length == 0 ? null : bytes;
    }

    /** The body, empty when there is none; read on first call. */
    byte[] rawBody() {
        if (body == null) {
            try {
                body = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    private byte[] read() throws IOException {
        long length = exchange.contentLength();
        if (length > bodyLimit) {
            throw new TooLargeException();
        }
        if (length == 0 || length < 0 && hasNoBody()) {
            return EMPTY;
        }
        InputStream in = exchange.body();
        if (length > 0) {
            return in.readNBytes((int) length); // exact size: one array, no growth
        }
        // Chunked: read one byte past the limit to tell "exactly the limit" from "over it".
        byte[] bytes = in.readNBytes((int) Math.min(bodyLimit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > bodyLimit) {
            throw new TooLargeException();
        }
        return bytes;
    }

    /**
     * HTTP/1.x: a request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112
     * section 6.3), so a GET costs no read. HTTP/2 and later may stream a body without either.
     */
    private boolean hasNoBody() {
        return exchange.protocol().startsWith("HTTP/1.") && exchange.header("Transfer-Encoding") == null;
    }
}
