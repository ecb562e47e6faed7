package org.functions4j.runtime.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.function.BiConsumer;
import org.functions4j.runtime.pipeline.Exchange;

/** A servlet request and response as the pipeline's {@link Exchange}; suspending is servlet async. */
final class ServletExchange implements Exchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private volatile AsyncContext async; // set on the request thread, completed from whichever answers

    ServletExchange(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String requestUri() {
        return request.getRequestURI();
    }

    @Override
    public String contextPath() {
        return request.getContextPath();
    }

    @Override
    public String query() {
        return request.getQueryString();
    }

    @Override
    public String requestUrl() {
        return request.getRequestURL().toString();
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                action.accept(name, values.nextElement());
            }
        }
    }

    @Override
    public long contentLength() {
        return request.getContentLengthLong();
    }

    @Override
    public String protocol() {
        return request.getProtocol();
    }

    @Override
    public boolean isSecure() {
        return request.isSecure();
    }

    @Override
    public String serverName() {
        return request.getServerName();
    }

    @Override
    public InputStream body() throws IOException {
        return request.getInputStream();
    }

    @Override
    public int status() {
        return response.getStatus();
    }

    @Override
    public void header(String name, String value) {
        response.setHeader(name, value);
    }

    @Override
    public boolean isCommitted() {
        return response.isCommitted();
    }

    @Override
    public void reset() {
        response.reset();
    }

    @Override
    public void send(int status) {
        response.setStatus(status);
        response.setContentLength(0);
    }

    @Override
    public void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Starts servlet async (which fails in a chain with a filter that is not async-supported). */
    @Override
    public void suspend() {
        async = request.startAsync();
        async.setTimeout(0); // deadlines are the function timeout's job
    }

    @Override
    public void dispatch(Runnable task) {
        async.start(task);
    }

    @Override
    public void onAbort(Runnable action) {
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onTimeout(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
                action.run();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
    }

    @Override
    public void complete() {
        if (async != null) {
            try {
                async.complete();
            } catch (IllegalStateException e) {
                // the container completed the request already (its connection failed): nothing left to do
            }
        }
    }
}
