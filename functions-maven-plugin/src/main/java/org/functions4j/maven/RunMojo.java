package org.functions4j.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.ServerOptions;
import org.functions4j.server.UsageException;

/**
 * Builds the project and runs its functions on the embedded server, as
 * {@code java -jar functions-server-standalone.jar} would: the same banner, keys and host.json.
 * Stops with Ctrl-C.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The port; 0 picks a free one. */
    @Parameter(property = "functions.port", defaultValue = "7071")
    private int port;

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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ServerOptions options;
        try {
            options = ServerOptions.builder()
                    .classpath(project.getRuntimeClasspathElements().stream().map(Path::of).toList())
                    .port(port)
                    .host(host == null || host.isBlank() ? null : host)
                    .config(hostJson == null ? null : hostJson.toPath())
                    .secrets(secrets == null ? null : secrets.toPath())
                    .showKeys(showKeys)
                    .watch(watch)
                    .functions(list(functions))
                    .cors(list(cors))
                    .corsCredentials(corsCredentials)
                    .build(project.getBasedir().toPath(), System.getenv()); // the project's folder, not Maven's
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path is not resolved", e);
        } catch (UsageException e) {
            throw new MojoFailureException("Functions4J: " + e.getMessage());
        }
        if (hostJson != null && !hostJson.isFile()) {
            throw new MojoFailureException("Functions4J: functions.hostJson " + hostJson + " does not exist");
        }
        FunctionsServer.Launch launch = FunctionsServer.launch(options, System.getenv(), System.out, System.err);
        if (launch.status() != 0) {
            throw new MojoFailureException("Functions4J: the server did not start (see above)");
        }
        try {
            launch.server().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launch.server().close();
        }
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
}
