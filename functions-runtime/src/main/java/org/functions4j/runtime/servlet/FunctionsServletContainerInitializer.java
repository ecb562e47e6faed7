package org.functions4j.runtime.servlet;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.auth.SecretsException;
import org.functions4j.runtime.auth.SecretsWatcher;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfigException;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.pipeline.Pipeline;

/**
 * Makes a WAR with functions-runtime in {@code WEB-INF/lib} a function app, with no web.xml: finds
 * the functions (the build-time index, else a scan of the web app), validates them, and registers
 * the servlet with the same code as the embedded server. Invalid functions, a bad
 * host.json or unusable keys fail the deployment with the same messages.
 */
public final class FunctionsServletContainerInitializer implements ServletContainerInitializer {
    private static final Logger LOG = Logger.getLogger(FunctionsServletContainerInitializer.class.getName());

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        ClassLoader loader = context.getClassLoader();
        FunctionApp app;
        try {
            AppSettings settings = WebAppSettings.of(context, System.getenv());
            app = FunctionApps.assemble(FunctionApps.functionClasses(loader, true, List.of()), settings,
                    InstanceProviders.forWebApp(loader));
            LOG.info(() -> "Functions4J: " + app.catalog().functions().size() + " function(s) under "
                    + context.getContextPath() + "/" + app.catalog().routePrefix() + ", keys in " + settings.secrets());
        } catch (DefinitionException | HostConfigException | SecretsException | IOException e) {
            throw new ServletException("Functions4J cannot start " + context.getContextPath() + ": " + e.getMessage(), e);
        }
        app.closeWith(SecretsWatcher.start(app.secrets(), Duration.ofSeconds(2)));
        FunctionsInstaller.install(context, new Pipeline(app), false); // the servlet closes the app
    }
}
