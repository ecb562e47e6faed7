package org.functions4j.runtime.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import org.functions4j.runtime.FunctionApp;

/**
 * Registers the functions filters and servlet on a servlet context, in their fixed order
 * (routing, keys, webhooks, then the servlet), and the admin servlet at {@code /admin/*}. The
 * access log and the host headers (custom headers, HSTS) come first and see every request. The filters
 * are mapped to the functions servlet by name, so they never see admin requests. The embedded
 * server and a WAR use this same code.
 */
public final class FunctionsInstaller {
    private static final String FUNCTIONS_SERVLET = "functions4j";

    private FunctionsInstaller() {
    }

    /**
     * Registers the filters and servlet. Call it while the context is starting (from a
     * {@code ServletContainerInitializer} or {@code ServletContextListener}).
     *
     * @param context the servlet context
     * @param app the function app
     * @param ownsContext true when nothing else is served in this context (the embedded server):
     *        the functions are then mapped at {@code /*} so the route prefix matches ignoring case,
     *        as Azure's does; false in a WAR, where only {@code /<routePrefix>/*} is taken
     */
    public static void install(ServletContext context, FunctionApp app, boolean ownsContext) {
        String prefix = app.catalog().routePrefix();
        String mapping = ownsContext || prefix.isEmpty() ? "/*" : "/" + prefix + "/*";
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);

        if (app.accessLog() != null) {
            FilterRegistration.Dynamic access = context.addFilter("functions4j-access-log", new AccessLogFilter(app.accessLog()));
            access.setAsyncSupported(true);
            access.addMappingForUrlPatterns(requests, false, "/*");
        }
        // Filters that would do nothing for this app are not registered: each costs every request a hop.
        if (HostHeadersFilter.isNeeded(app.config())) {
            FilterRegistration.Dynamic headers = context.addFilter("functions4j-host-headers",
                    new HostHeadersFilter(app.config()));
            headers.setAsyncSupported(true);
            headers.addMappingForUrlPatterns(requests, false, "/*");
        }

        ServletRegistration.Dynamic servlet = context.addServlet(FUNCTIONS_SERVLET, new FunctionsServlet(app));
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(0);
        servlet.addMapping(mapping);

        FilterRegistration.Dynamic routing = context.addFilter("functions4j-routing", new RoutingFilter(app));
        routing.setAsyncSupported(true);
        routing.addMappingForServletNames(requests, true, FUNCTIONS_SERVLET);

        FilterRegistration.Dynamic keys = context.addFilter("functions4j-keys", new KeyAuthorizationFilter(app));
        keys.setAsyncSupported(true);
        keys.addMappingForServletNames(requests, true, FUNCTIONS_SERVLET);

        if (WebhookValidationFilter.isNeeded(app)) {
            FilterRegistration.Dynamic webhooks = context.addFilter("functions4j-webhooks", new WebhookValidationFilter(app));
            webhooks.setAsyncSupported(true);
            webhooks.addMappingForServletNames(requests, true, FUNCTIONS_SERVLET);
        }

        ServletRegistration.Dynamic admin = context.addServlet("functions4j-admin", new AdminServlet(app));
        admin.setLoadOnStartup(0);
        admin.addMapping("/admin/*");
    }
}
