package org.functions4j.runtime.servlet;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.functions4j.runtime.host.AccessLog;

/** Records every request in the {@link AccessLog} when it is complete, asynchronous ones included. */
public final class AccessLogFilter extends HttpFilter {
    private final transient AccessLog log;

    /**
     * @param log where lines go
     */
    public AccessLogFilter(AccessLog log) {
        this.log = log;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        record(request, response, start);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                        event.getAsyncContext().addListener(this); // a new startAsync drops listeners
                    }
                });
            } else {
                record(request, response, start);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long start) {
        log.record(request.getMethod(), request.getRequestURI(), request.getQueryString(), response.getStatus(),
                (System.nanoTime() - start) / 1_000, (String) request.getAttribute(FunctionsServlet.INVOCATION_ID));
    }
}
