package org.functions4j.server;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.auth.KeyCipher;
import org.functions4j.runtime.auth.OpenAuthorizer;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.auth.SecretsException;
import org.functions4j.runtime.auth.SecretsWatcher;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.host.HostConfigException;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.observe.Observer;
import org.functions4j.runtime.scan.FunctionAppClassLoader;
import org.functions4j.runtime.pipeline.Pipeline;

/**
 * The embedded server: runs a function app on Jetty 12, the way {@code func start} does.
 *
 * <pre>java -jar functions-server-standalone.jar --classpath target/classes</pre>
 */
public final class FunctionsServer implements AutoCloseable {
    /** The open connections the dynamic throttle treats as 100%. */
    static final int MAX_CONNECTIONS = 10_000;
    /** How often the secrets directory is checked for changes made by others. */
    static final Duration SECRETS_POLL_INTERVAL = Duration.ofSeconds(2);
    /** How often --watch looks at the class directories. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(300);
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final Server server;
    private final ServerConnector connector;
    private final LocalConnector localConnector;
    private final Pipeline pipeline;
    private final DoubleSupplier connectionLoad;

    private FunctionsServer(Server server, ServerConnector connector, LocalConnector localConnector, Pipeline pipeline) {
        this.server = server;
        this.connector = connector;
        this.localConnector = localConnector;
        this.pipeline = pipeline;
        this.connectionLoad = () -> (double) connector.getConnectedEndPoints().size() / MAX_CONNECTIONS;
    }

    /**
     * Starts a server for an app.
     *
     * @param app the loaded function app
     * @param host the address to listen on, null for all interfaces
     * @param port the port, 0 for a free one
     * @param appLoader the app's class loader, the context class loader while requests run
     * @return the started server
     * @throws Exception when Jetty cannot start, e.g. the port is taken
     */
    public static FunctionsServer start(FunctionApp app, String host, int port, ClassLoader appLoader) throws Exception {
        return start(app, host, port, appLoader, null);
    }

    /**
     * Starts a server for an app, over HTTPS when given a certificate.
     *
     * @param tls the certificate for HTTPS (HTTP/2 by ALPN, and HTTP/1.1), or null for plain HTTP (and h2c)
     */
    static FunctionsServer start(FunctionApp app, String host, int port, ClassLoader appLoader, TlsCertificate tls)
            throws Exception {
        spareJettyTheMBeanServer();
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Behind a proxy: X-Forwarded-Proto makes the request secure (for HSTS), the URL is the client's.
        http.addCustomizer(new ForwardedHeaders());
        // Paths are decoded by our own Kestrel-compatible decoder (route.PathDecoder), so Jetty must
        // let through what Kestrel routes instead of answering 400: encoded slashes and dots, empty
        // segments, %25, %5C, and malformed escapes or UTF-8 (left as sent).
        http.setUriCompliance(UriCompliance.DEFAULT.with("functions4j",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
                UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.BAD_PERCENT_ENCODING, UriCompliance.Violation.BAD_UTF8_ENCODING,
                UriCompliance.Violation.TRUNCATED_UTF8_ENCODING, UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));
        HostConfig.EmbeddedServer settings = app.config().server();
        if (settings.virtualThreads()) {
            useVirtualThreads((QueuedThreadPool) server.getThreadPool());
        }
        ServerConnector connector = tls == null ? Connectors.plain(server, http) : Connectors.tls(server, http, tls);
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(settings.acceptQueueSize()); // the JDK's default backlog is 50
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addBean(new RequestHeadersTimeout(connector, settings.requestHeadersTimeout()));
        LocalConnector local = new LocalConnector(server, new HttpConnectionFactory(http));
        server.addConnector(connector);
        server.addConnector(local);

        // Jetty's core handlers, not its servlet layer: measured 1.10x the throughput of the servlet
        // adapter at 64 connections (README, Benchmarks). No ContextHandler either: the app is served
        // at the root, and the pipeline sets its class loader per request (a reloaded app brings its own).
        app.useClassLoader(appLoader);
        Pipeline pipeline = new Pipeline(app);
        server.setHandler(new GracefulHandler(new FunctionsHandler(pipeline)));
        server.setErrorHandler(new JsonErrorHandler());
        GracePeriod grace = new GracePeriod(() -> pipeline.app().timeouts(), settings.gracePeriod());
        server.addBean(grace);
        server.setStopTimeout(grace.stopTimeoutMillis());
        server.setStopAtShutdown(true);
        server.start();
        FunctionsServer started = new FunctionsServer(server, connector, local, pipeline);
        app.reportConnectionLoadWith(started.connectionLoad);
        app.observer().serverThreads(started.threads());
        started.closeOnStop(pipeline); // answers what still runs 503, then closes the app
        return started;
    }

    /**
     * Jetty pads a queue by the JVM's reference width, which it asks the platform MBean server for
     * unless {@value #REFERENCES_PER_CACHE_LINE} is set: starting JMX (all platform beans, JFR's
     * included) costs about 100 ms of start-up. A heap under 32 GB has compressed references (the
     * JVM's default): 4 bytes, 16 to a 64-byte line; the value only sizes padding.
     */
    private static void spareJettyTheMBeanServer() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, Runtime.getRuntime().maxMemory() < (32L << 30) ? "16" : "8");
        }
    }

    /**
     * {@code functions4j.server.virtualThreads}: Jetty runs what may block (the pipeline, so the
     * functions) on virtual threads; its selectors stay on the platform pool.
     */
    private static void useVirtualThreads(QueuedThreadPool pool) {
        if (!VirtualThreads.areSupported()) {
            Logger.getLogger(FunctionsServer.class.getName()).warning("functions4j.server.virtualThreads needs JDK 21 or"
                    + " later; this is " + Runtime.version().feature() + ": requests run on the platform thread pool");
            return;
        }
        pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("functions4j-vt"));
    }

    /** Jetty's request threads, as the metrics' gauges read them. */
    private Observer.ServerThreads threads() {
        QueuedThreadPool pool = (QueuedThreadPool) server.getThreadPool();
        return new Observer.ServerThreads() {
            @Override
            public int threads() {
                return pool.getThreads();
            }

            @Override
            public int busy() {
                return pool.getBusyThreads();
            }

            @Override
            public int queued() {
                return pool.getQueueSize();
            }
        };
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The socket connector. */
    public ServerConnector connector() {
        return connector;
    }

    /** An in-memory connector: raw HTTP through the real server, no socket. For tests. */
    public LocalConnector localConnector() {
        return localConnector;
    }

    /** The app being served now. */
    public FunctionApp app() {
        return pipeline.app();
    }

    /**
     * Serves another app from now on (hot reload): requests that reached the old one finish there,
     * then it is closed (with what it was given to close, its class loader included).
     *
     * @param next the new app, built and validated
     * @param loader its class loader, the context class loader while its code runs
     * @param drain how long the old app's requests may take
     * @return true when the old app drained in time (else what it still ran was answered 503)
     */
    public boolean swap(FunctionApp next, ClassLoader loader, Duration drain) throws InterruptedException {
        next.useClassLoader(loader);
        next.reportConnectionLoadWith(connectionLoad);
        next.observer().serverThreads(threads());
        return pipeline.swap(next, drain);
    }

    /**
     * Stops gracefully: new requests are answered 503, requests in flight may finish within the
     * grace period ({@code functions4j.server.gracePeriod}); those still running then are answered 503.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }

    /** Closes the resource when the server stops. */
    void closeOnStop(AutoCloseable resource) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                try {
                    resource.close();
                } catch (Exception e) {
                    Logger.getLogger(FunctionsServer.class.getName()).log(Level.WARNING, "cannot close " + resource, e);
                }
            }
        });
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Loads the function app the options describe: scan, validate, open and watch the keys; the app
     * closes its class loader and its secrets watcher with itself. A CDI app's container is still starting:
     * call {@link FunctionApp#prepareInstances()} before serving it.
     *
     * @param options the command line
     * @param environment the environment ({@code FUNCTIONS_SECRETS_KEY})
     * @param loader the app's class loader (see {@link #appClassLoader})
     * @return the app
     * @throws DefinitionException when the app's functions are invalid
     * @throws HostConfigException when host.json cannot be used
     * @throws SecretsException when the secret store cannot be used
     */
    static FunctionApp load(ServerOptions options, Map<String, String> environment, ClassLoader loader) {
        // Weld SE (a CDI app) boots beside host.json, the scan, the assembly and Jetty: the caller
        // prepares the instances (FunctionApp.prepareInstances) before it serves.
        InstanceProvider instances = InstanceProviders.startingForEmbedded(loader);
        FunctionApp app;
        try {
            HostConfig config = withCommandLineCors(HostConfig.read(options.config(), environment), options);
            if (options.openApi()) { // --openapi: served, open, for local use; host.json's title and version stay
                config = config.withOpenApi(new HostConfig.OpenApi(true, true, config.openApi().title(),
                        config.openApi().version()));
            }
            List<Class<?>> classes = FunctionApps.functionClasses(loader, !options.classpath().isEmpty(),
                    options.packages());
            AppSettings settings = new AppSettings(config, options.secrets(),
                    environment.get(KeyCipher.ENVIRONMENT_VARIABLE), options.noAuth())
                    .serving(Set.copyOf(options.functions()), AppSettings.disabledIn(environment));
            app = FunctionApps.assemble(classes, settings, instances);
        } catch (RuntimeException | LinkageError e) {
            closeQuietly(instances);
            throw e;
        }
        if (instances instanceof AutoCloseable closeable) {
            app.closeWith(closeable);
        }
        app.closeWith(SecretsWatcher.start(app.secrets(), SECRETS_POLL_INTERVAL));
        if (loader instanceof FunctionAppClassLoader own) {
            app.closeWith(own); // closed with the app: after a reload, the old app's classes can go
        }
        return app;
    }

    /** Closes what can be closed, logging (not throwing) a failure: for clean-up on a path that already fails. */
    static void closeQuietly(Object resource) {
        if (resource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                Logger.getLogger(FunctionsServer.class.getName()).log(Level.FINE, "cannot close " + resource, e);
            }
        }
    }

    /** {@code --cors} and {@code --cors-credentials}: as Core Tools, any method and header from those origins. */
    private static HostConfig withCommandLineCors(HostConfig config, ServerOptions options) {
        if (options.cors().isEmpty() && !options.corsCredentials()) {
            return config;
        }
        HostConfig.Cors file = config.cors();
        List<String> origins = options.cors().isEmpty() ? file.origins() : options.cors();
        return config.withCors(new HostConfig.Cors(origins, options.cors().isEmpty() ? file.methods() : List.of("*"),
                options.cors().isEmpty() ? file.headers() : List.of("*"), file.exposedHeaders(),
                options.corsCredentials() || file.credentials(), file.maxAge()));
    }

    static ClassLoader appClassLoader(ServerOptions options) throws MalformedURLException {
        if (options.classpath().isEmpty()) {
            return FunctionsServer.class.getClassLoader();
        }
        URL[] urls = new URL[options.classpath().size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = options.classpath().get(i).toAbsolutePath().toUri().toURL();
        }
        return new FunctionAppClassLoader(urls, FunctionsServer.class.getClassLoader());
    }

    /**
     * Runs the server until the JVM is stopped (SIGTERM stops it gracefully).
     *
     * @param args see {@link ServerOptions#USAGE}
     */
    public static void main(String[] args) {
        ServerProcess.exitWithParent(System.getenv());
        Launch launch = launch(args, System.getenv(), System.out, System.err, true);
        if (launch.status() != 0) {
            System.exit(launch.status());
        }
    }

    /**
     * When local.settings.json has values the environment lacks, runs the server again in a JVM
     * whose environment has them (only a new process can give {@code System.getenv} new variables).
     *
     * @return the child's exit status, or null when this JVM serves (nothing to add, or a debugger
     *         attached to this JVM)
     */
    private static Integer relaunchWithLocalSettings(ServerOptions options, String[] args, Map<String, String> environment,
                                                     PrintStream err) {
        Map<String, String> additions = options.localSettings().additionsTo(environment);
        if (additions.isEmpty()) {
            return null;
        }
        if (ServerProcess.debuggerAttached()) {
            err.println("functions-server: a debugger is attached, so the app runs in this JVM, whose environment"
                    + " cannot change: System.getenv does not see " + additions.keySet() + " from "
                    + options.localSettings().file() + " (set them in the environment to debug with them)");
            return null;
        }
        try {
            List<Path> classpath = Arrays.stream(System.getProperty("java.class.path")
                    .split(File.pathSeparator)).map(Path::of).toList();
            return ServerProcess.run(ServerProcess.command(ServerProcess.jvmOptions(), classpath, List.of(args)),
                    additions, Path.of("").toAbsolutePath());
        } catch (IOException e) {
            err.println("functions-server: cannot start a JVM with local.settings.json's values: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * The outcome of a command line: the exit status, and the server when one was started.
     *
     * @param status 0 when started or help was printed, 1 when the app cannot start, 2 for a bad command line
     * @param server the running server, or null
     */
    public record Launch(int status, FunctionsServer server) {
    }

    /**
     * Starts the server as the command line says, or prints why it cannot (used by {@code main}
     * and by the Maven plugin's {@code run} goal).
     *
     * @param args the command line
     * @param environment the environment variables
     * @param out where the banner goes
     * @param err where errors go
     * @return the exit status, and the server when it started
     */
    public static Launch launch(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return launch(args, environment, out, err, false);
    }

    /** The command line, parsed once; {@code main} may run it in a JVM of its own for local.settings.json's values. */
    private static Launch launch(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
                                 boolean mayRelaunch) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args, Path.of(""), environment);
        } catch (UsageException e) {
            err.println("functions-server: " + e.getMessage());
            return new Launch(2, null);
        }
        if (options.help()) {
            out.print(ServerOptions.USAGE);
            return new Launch(0, null);
        }
        Integer relaunched = mayRelaunch ? relaunchWithLocalSettings(options, args, environment, err) : null;
        return relaunched != null ? new Launch(relaunched, null) : launch(options, environment, out, err);
    }

    /**
     * Starts the server with options built in code (the Maven plugin's {@code run} goal), or prints why it cannot.
     *
     * @param options the options
     * @param environment the environment variables
     * @param out where the banner goes
     * @param err where errors go
     * @return the exit status, and the server when it started
     */
    public static Launch launch(ServerOptions options, Map<String, String> environment, PrintStream out,
                                PrintStream err) {
        Preinitializer.start();
        LogSetup.apply(options.verbose(), options.jsonLogs());
        long started = System.nanoTime();
        options.localSettings().warningsFor(environment).forEach(warning -> err.println("functions-server: " + warning));
        Map<String, String> appEnvironment = options.localSettings().appliedTo(environment);
        try {
            TlsCertificate tls = options.tls() == null ? null : TlsCertificate.of(options.tls(), options.secrets());
            ClassLoader loader = appClassLoader(options);
            FunctionApp app = load(options, appEnvironment, loader);
            FunctionsServer server = start(app, options.host(), options.port(), loader, tls);
            try {
                app.prepareInstances(); // CDI booted beside Jetty; a failing container or constructor stops here
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            if (options.watch()) {
                HotReload reload = HotReload.start(options, appEnvironment, server, out, WATCH_INTERVAL);
                if (reload == null) {
                    err.println("functions-server: --watch needs --classpath with a classes directory; not watching");
                } else {
                    server.closeOnStop(reload);
                }
            }
            String scheme = tls == null ? "http://" : "https://";
            String shownHost = options.host() == null ? "localhost" : options.host();
            String listening = scheme + (options.host() == null ? "0.0.0.0" : options.host()) + ":" + server.port() + "/";
            if (tls != null && tls.selfSigned()) {
                out.println("HTTPS with a self-signed certificate for localhost, SHA-256 fingerprint " + tls.fingerprint()
                        + " (kept in " + options.secrets().resolve(TlsCertificate.SELF_SIGNED_FILE) + ")");
            }
            out.print(Banner.render(app.catalog(), scheme + shownHost + ":" + server.port(), listening,
                    options.showKeys() ? app.secrets() : null));
            if (app.config().openApi().enabled()) {
                String prefix = app.catalog().routePrefix().isEmpty() ? "" : "/" + app.catalog().routePrefix();
                out.println("OpenAPI: " + scheme + shownHost + ":" + server.port() + prefix + "/openapi.json, Swagger UI: "
                        + scheme + shownHost + ":" + server.port() + prefix + "/swagger-ui/");
            }
            if (!options.verbose()) {
                out.println("For detailed output, run with --verbose.");
            }
            if (options.noAuth()) {
                err.println(OpenAuthorizer.WARNING);
            }
            Logger.getLogger(FunctionsServer.class.getName()).info(() -> "Started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            out.flush();
            return new Launch(0, server);
        } catch (DefinitionException | HostConfigException | SecretsException | UsageException e) {
            err.println("functions-server: cannot start: " + e.getMessage());
            return new Launch(1, null);
        } catch (Exception e) {
            Logger.getLogger(FunctionsServer.class.getName()).log(Level.SEVERE, "cannot start", e);
            err.println("functions-server: cannot start: " + e);
            return new Launch(1, null);
        }
    }
}
