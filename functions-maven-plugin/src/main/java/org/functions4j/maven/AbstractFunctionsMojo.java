package org.functions4j.maven;

import java.io.File;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.functions4j.runtime.model.FunctionCatalog;

/** What the build goals share: the project, its classes, its host.json, and validating them. */
abstract class AbstractFunctionsMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The compiled classes to scan. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    protected File classesDirectory;

    /** The app's host.json (its route prefix takes part in the route checks). */
    @Parameter(property = "functions.hostJson", defaultValue = "${project.basedir}/host.json")
    protected File hostJson;

    /** Skips this goal. */
    @Parameter(property = "functions.skip", defaultValue = "false")
    protected boolean skip;

    /** The project's functions, validated with the runtime's own checks. */
    protected FunctionCatalog validatedCatalog() throws MojoExecutionException, MojoFailureException {
        try {
            return AppClasses.validate(project.getRuntimeClasspathElements(), classesDirectory, hostJson);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path is not resolved", e);
        }
    }
}
