package org.functions4j.maven;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.scan.FunctionIndex;

/**
 * Validates the project's functions with the runtime's own checks, and writes the start-up index
 * ({@code META-INF/functions4j/functions.json}) into the classes, so the archive carries it and the
 * server does not scan at start-up. An invalid function fails the build, naming class, method,
 * problem and a hint.
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class IndexMojo extends AbstractFunctionsMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || !classesDirectory.isDirectory()) {
            getLog().info("Functions4J: nothing to index");
            return;
        }
        FunctionCatalog catalog = validatedCatalog();
        if (catalog.functions().isEmpty()) {
            getLog().warn("Functions4J: no functions found in " + classesDirectory
                    + ": annotate a public method with @FunctionName and a parameter with @HttpTrigger");
        }
        try {
            Path index = FunctionIndex.write(classesDirectory.toPath(), catalog);
            getLog().info("Functions4J: " + catalog.functions().size() + " function(s) valid; index written to " + index);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the function index", e);
        }
    }
}
