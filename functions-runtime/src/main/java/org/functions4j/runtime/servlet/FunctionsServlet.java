package org.functions4j.runtime.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.functions4j.runtime.pipeline.Pipeline;

/**
 * The servlet adapter of the {@link Pipeline}: hands every request to it. Async-supported; a
 * user's filter in front of it (in a WAR) must be async-supported too. When the container takes it
 * down, the invocations still running are answered 503 and the app is closed.
 */
final class FunctionsServlet extends HttpServlet {
    private final transient Pipeline pipeline;

    /**
     * @param pipeline serves the app
     */
    public FunctionsServlet(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        pipeline.handle(new ServletExchange(request, response));
    }

    @Override
    public void destroy() {
        pipeline.close();
    }
}
