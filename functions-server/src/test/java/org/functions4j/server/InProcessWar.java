package org.functions4j.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.functions4j.runtime.scan.FunctionAppClassLoader;
import org.functions4j.runtime.servlet.FunctionsServletContainerInitializer;

/**
 * The WAR front door in an in-process Jetty context at {@code /shop}: what a servlet container does
 * with a web app that carries the runtime (its initializer, a web app class loader, no web.xml).
 */
public final class InProcessWar {
    private InProcessWar() {
    }

    /** Deploys the web app, as {@link #deploy(ClassLoader, String, Consumer)} without customizing. */
    public static Server deploy(ClassLoader webApp, String secrets) throws Exception {
        return deploy(webApp, secrets, context -> { });
    }

    /**
     * @param webApp the web app's class loader (see {@link #webAppOf})
     * @param secrets the secrets directory
     * @param customize adds the user's own filters or settings before it starts
     * @return the started server, with a {@link LocalConnector}
     */
    public static Server deploy(ClassLoader webApp, String secrets, Consumer<ServletContextHandler> customize)
            throws Exception {
        Server server = new Server();
        server.addConnector(new LocalConnector(server));
        ServletContextHandler context = new ServletContextHandler("/shop");
        context.setClassLoader(webApp);
        context.setInitParameter("functions4j.secrets", secrets);
        context.addServletContainerInitializer(new FunctionsServletContainerInitializer());
        customize.accept(context);
        server.setHandler(context);
        server.start();
        return server;
    }

    /**
     * A web app class loader (child first, as containers load web apps) over a "WEB-INF/classes"
     * holding the compiled classes of one package, and "WEB-INF/lib" jars.
     *
     * @param anchor a class whose class-path entry holds the package
     * @param pkg the package copied into WEB-INF/classes
     * @param libs jars the web app carries in WEB-INF/lib
     */
    public static ClassLoader webAppOf(Class<?> anchor, String pkg, Path... libs) throws Exception {
        Path classes = TestServers.classesOf(anchor);
        Path webInfClasses = Files.createTempDirectory("web-inf-classes");
        Path source = classes.resolve(pkg.replace('.', '/'));
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = webInfClasses.resolve(classes.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        List<URL> urls = new ArrayList<>(List.of(webInfClasses.toUri().toURL()));
        for (Path lib : libs) {
            urls.add(lib.toUri().toURL());
        }
        return new FunctionAppClassLoader(urls.toArray(URL[]::new), anchor.getClassLoader());
    }

    /** Sends a raw HTTP/1.1 request through the in-memory connector. */
    public static String send(Server server, String request) throws Exception {
        return server.getBean(LocalConnector.class).getResponse(request);
    }
}
