package org.functions4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.functions4j.server.ServerOptions;
import org.functions4j.server.ServerProcess;
import org.functions4j.server.UsageException;

/**
 * Builds the project and runs its functions on the embedded server, as
 * {@code java -jar functions-server-standalone.jar} would: the same banner, keys and host.json. The
 * server runs in a JVM of its own, started in the project's folder, so that the values of the
 * project's {@code local.settings.json} are in its environment ({@code System.getenv}), as under
 * {@code func start}. Stops with Ctrl-C.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The server's own class path: this plugin's dependencies. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The port; 0 picks a free one. When not set, local.settings.json's {@code Host.LocalHttpPort}, else 7071. */
    @Parameter(property = "functions.port")
    private Integer port;

    /** The address to listen on; all interfaces when not set. */
    @Parameter(property = "functions.host")
    private String host;

    /** Where keys are kept; when not set, {@code $FUNCTIONS_SECRETS_PATH}, else {@code secrets} in the project. */
    @Parameter(property = "functions.secrets")
    private File secrets;

    /** The app's host.json; when not set, the project's {@code host.json} if it has one, else the defaults. */
    @Parameter(property = "functions.hostJson")
    private File hostJson;

    /** Reloads the app when its classes (another terminal's {@code mvn compile}, an IDE's build) or host.json change. */
    @Parameter(property = "functions.watch", defaultValue = "true")
    private boolean watch;

    /** Serves only these functions (names separated by commas); all when not set. */
    @Parameter(property = "functions.functions")
    private String functions;

    /** Origins allowed to call from a browser, separated by commas (Core Tools' {@code --cors}); host.json's when not set. */
    @Parameter(property = "functions.cors")
    private String cors;

    /** Whether browser calls may carry credentials (Core Tools' {@code --cors-credentials}). */
    @Parameter(property = "functions.corsCredentials", defaultValue = "false")
    private boolean corsCredentials;

    /** Prints each function's URL with its default key. */
    @Parameter(property = "functions.showKeys", defaultValue = "false")
    private boolean showKeys;

    /** Serves HTTPS (HTTP/2 and HTTP/1.1), with {@code cert} or a self-signed certificate for localhost. */
    @Parameter(property = "functions.useHttps", defaultValue = "false")
    private boolean useHttps;

    /** With {@code useHttps}: the PKCS#12 (.pfx) file with the key and certificate. */
    @Parameter(property = "functions.cert")
    private File cert;

    /** With {@code cert}: its password, or a file holding it. */
    @Parameter(property = "functions.password")
    private String password;

    /** Logs the host's information lines too. */
    @Parameter(property = "functions.verbose", defaultValue = "false")
    private boolean verbose;

    /** Logs JSON objects, one a line, with the invocation id and function name. */
    @Parameter(property = "functions.jsonLogs", defaultValue = "false")
    private boolean jsonLogs;

    /** Serves the OpenAPI document at /api/openapi.json and Swagger UI at /api/swagger-ui/, without a key. */
    @Parameter(property = "functions.openapi", defaultValue = "true")
    private boolean openapi;

    /** Options for the server's JVM, separated by spaces, e.g. {@code -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005} to debug. */
    @Parameter(property = "functions.jvmArgs")
    private String jvmArgs;

    /**
     * Starts the server's JVM with the tiered compiler's first tier only ({@code -XX:TieredStopAtLevel=1}),
     * as Spring Boot's {@code optimizedLaunch} does: on two cores the first answer comes about a quarter
     * sooner (README, Start-up), and a local loop never reaches the peak the second tier is for.
     */
    @Parameter(property = "functions.optimizedLaunch", defaultValue = "true")
    private boolean optimizedLaunch;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = arguments();
        Path folder = project.getBasedir().toPath();
        ServerOptions options;
        try {
            options = ServerOptions.parse(args.toArray(String[]::new), folder, System.getenv()); // checked here, used there
        } catch (UsageException e) {
            throw new MojoFailureException("Functions4J: " + e.getMessage());
        }
        List<Path> serverClasspath = pluginArtifacts.stream().map(a -> a.getFile().toPath()).toList();
        List<String> command = ServerProcess.command(jvmOptions(optimizedLaunch, jvmArgs), serverClasspath, args);
        int status;
        try {
            status = ServerProcess.run(command, options.localSettings().additionsTo(System.getenv()), folder);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the server's JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status != 0 && status != 130 && status != 143) { // 130, 143: stopped by Ctrl-C or SIGTERM
            throw new MojoFailureException("Functions4J: the server stopped with status " + status + " (see above)");
        }
    }

    /** The server's command line, as a user would type it in the project's folder. */
    private List<String> arguments() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>();
        try {
            String classpath = project.getRuntimeClasspathElements().stream()
                    .filter(element -> new File(element).exists()) // no target/classes in a project without sources
                    .collect(Collectors.joining(File.pathSeparator));
            if (!classpath.isEmpty()) {
                args.addAll(List.of("--classpath", classpath));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path is not resolved", e);
        }
        if (hostJson != null && !hostJson.isFile()) {
            throw new MojoFailureException("Functions4J: functions.hostJson " + hostJson + " does not exist");
        }
        option(args, "--port", port == null ? null : port.toString());
        option(args, "--host", host == null || host.isBlank() ? null : host);
        option(args, "--config", hostJson == null ? null : hostJson.getAbsolutePath());
        option(args, "--secrets", secrets == null ? null : secrets.getAbsolutePath());
        option(args, "--functions", blankToNull(functions));
        option(args, "--cors", blankToNull(cors));
        option(args, "--cert", cert == null ? null : cert.getAbsolutePath());
        option(args, "--password", password);
        flag(args, "--cors-credentials", corsCredentials);
        flag(args, "--show-keys", showKeys);
        flag(args, "--watch", watch);
        flag(args, "--useHttps", useHttps);
        flag(args, "--verbose", verbose);
        flag(args, "--json-logs", jsonLogs);
        flag(args, "--openapi", openapi);
        return args;
    }

    private static void option(List<String> args, String name, String value) {
        if (value != null) {
            args.add(name);
            args.add(value);
        }
    }

    private static void flag(List<String> args, String name, boolean on) {
        if (on) {
            args.add(name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The JVM's options: the first compiler tier only when the launch is optimized and the user chose no tier. */
    static List<String> jvmOptions(boolean optimizedLaunch, String jvmArgs) {
        List<String> options = new ArrayList<>(split(jvmArgs));
        if (optimizedLaunch && options.stream().noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))) {
            options.add(0, "-XX:TieredStopAtLevel=1");
        }
        return options;
    }

    private static List<String> split(String options) {
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.strip().split("\\s+"));
    }
}
