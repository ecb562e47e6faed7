package org.functions4j.runtime.servlet;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.functions4j.runtime.pipeline.Pipeline;

/**
 * Registers the {@link FunctionsServlet} on a servlet context: at {@code /*} when nothing else is
 * served there (the embedded server), else at {@code /<routePrefix>/*} and {@code /admin/*}. The
 * embedded server and a WAR use this same code.
 */
public final class FunctionsInstaller {
    private FunctionsInstaller() {
    }

    /**
     * Registers the servlet. Call it while the context is starting (from a
     * {@code ServletContainerInitializer} or {@code ServletContextListener}).
     *
     * @param context the servlet context
     * @param pipeline serves the app; closed when the servlet is taken down
     * @param ownsContext true when nothing else is served in this context (a server of your own):
     *        the functions are then mapped at {@code /*} so the route prefix matches ignoring case,
     *        as Azure's does; false in a WAR, where only {@code /<routePrefix>/*} and {@code /admin/*} are taken
     */
    public static void install(ServletContext context, Pipeline pipeline, boolean ownsContext) {
        String prefix = pipeline.app().catalog().routePrefix();
        ServletRegistration.Dynamic servlet = context.addServlet("functions4j", new FunctionsServlet(pipeline));
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(0);
        if (ownsContext || prefix.isEmpty()) {
            servlet.addMapping("/*");
        } else {
            servlet.addMapping("/" + prefix + "/*", "/admin/*");
        }
    }
}
