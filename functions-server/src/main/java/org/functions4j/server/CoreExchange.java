package org.functions4j.server;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.functions4j.runtime.invoke.ResultMapper;
import org.functions4j.runtime.pipeline.Exchange;

/**
 * A Jetty core request as the pipeline's {@link Exchange}, with no servlet layer in between. Core
 * handling is asynchronous by nature: suspending costs nothing, and the answer is written in one
 * go (headers, body and end together) when the pipeline completes the exchange.
 */
final class CoreExchange implements Exchange {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
    /**
     * The content types the pipeline writes for results and errors, encoded once: Jetty copies such
     * a field's bytes as they are, instead of making and encoding a field per response.
     */
    private static final Map<String, HttpField> CONTENT_TYPES = Stream.of(ResultMapper.JSON, ResultMapper.TEXT, ResultMapper.OCTETS)
            .collect(Collectors.toUnmodifiableMap(type -> type, type -> new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, type)));

    private final Request request;
    private final Response response;
    private final Callback callback;
    private ByteBuffer body;

    CoreExchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String requestUri() {
        return request.getHttpURI().getPath();
    }

    @Override
    public String contextPath() {
        String path = Request.getContextPath(request);
        return path == null || path.equals("/") ? "" : path;
    }

    @Override
    public String query() {
        return request.getHttpURI().getQuery();
    }

    @Override
    public String requestUrl() {
        return HttpURI.build(request.getHttpURI()).query(null).fragment(null).asString();
    }

    @Override
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        for (HttpField field : request.getHeaders()) {
            action.accept(field.getName(), field.getValue());
        }
    }

    @Override
    public long contentLength() {
        return request.getLength();
    }

    @Override
    public String protocol() {
        return request.getConnectionMetaData().getProtocol();
    }

    @Override
    public boolean isSecure() {
        return request.isSecure();
    }

    @Override
    public String serverName() {
        return Request.getServerName(request);
    }

    @Override
    public InputStream body() {
        return Request.asInputStream(request);
    }

    @Override
    public int status() {
        return response.getStatus();
    }

    /** Sets a header; a {@code Content-Length} that is not a length is refused here, while a 500 can still replace it. */
    @Override
    public void header(String name, String value) {
        if (HttpHeader.CONTENT_LENGTH.is(name)) {
            Long.parseLong(value.strip()); // NumberFormatException: the pipeline answers 500
        }
        response.getHeaders().put(name, value);
    }

    @Override
    public boolean isCommitted() {
        return response.isCommitted();
    }

    @Override
    public void reset() {
        response.reset();
        body = null;
    }

    @Override
    public void send(int status) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        body = EMPTY;
    }

    @Override
    public void send(int status, String contentType, byte[] bytes) {
        response.setStatus(status);
        if (contentType != null) {
            HttpField encoded = CONTENT_TYPES.get(contentType);
            if (encoded != null) {
                response.getHeaders().put(encoded);
            } else {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            }
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        body = ByteBuffer.wrap(bytes);
    }

    @Override
    public void suspend() {
        // nothing to do: a core handler answers through its callback, whenever it is ready
    }

    @Override
    public void dispatch(Runnable task) {
        request.getContext().execute(task);
    }

    @Override
    public void onAbort(Runnable action) {
        request.addFailureListener(failure -> action.run());
    }

    /** Writes the answer (status, headers, body) and ends the exchange. */
    @Override
    public void complete() {
        response.write(true, body == null ? EMPTY : body, callback);
    }
}
