package org.functions4j.maven;

import java.io.File;
import java.util.ArrayList;
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

    /** Where keys are kept. */
    @Parameter(property = "functions.secrets", defaultValue = "${project.basedir}/secrets")
    private File secrets;

    /** The app's host.json; the defaults when it does not exist. */
    @Parameter(property = "functions.hostJson", defaultValue = "${project.basedir}/host.json")
    private File hostJson;

    /** Prints each function's URL with its default key. */
    @Parameter(property = "functions.showKeys", defaultValue = "false")
    private boolean showKeys;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>();
        try {
            args.addAll(List.of("--classpath", String.join(File.pathSeparator, project.getRuntimeClasspathElements())));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path is not resolved", e);
        }
        args.addAll(List.of("--port", String.valueOf(port), "--secrets", secrets.getPath()));
        if (host != null && !host.isBlank()) {
            args.addAll(List.of("--host", host));
        }
        if (hostJson.isFile()) {
            args.addAll(List.of("--config", hostJson.getPath()));
        }
        if (showKeys) {
            args.add("--show-keys");
        }
        FunctionsServer.Launch launch = FunctionsServer.launch(args.toArray(String[]::new), System.getenv(),
                System.out, System.err);
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
}
