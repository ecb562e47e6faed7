package org.functions4j.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.functions4j.runtime.pipeline.Pipeline;

/**
 * The embedded server's adapter of the {@link Pipeline}: a Jetty core handler, so a request
 * crosses no servlet layer (cheaper than the servlet adapter a WAR uses: see the README's
 * benchmarks). Functions may block: this handler is not declared non-blocking.
 */
final class FunctionsHandler extends Handler.Abstract {
    private final Pipeline pipeline;

    FunctionsHandler(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        pipeline.handle(new CoreExchange(request, response, callback));
        return true;
    }
}
