package org.functions4j.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.functions4j.openapi.ApiInfo;
import org.functions4j.openapi.OpenApiDocument;

/**
 * Writes the app's OpenAPI 3.1 document, {@code openapi.json} and {@code openapi.yaml}, from its
 * functions (the runtime's own scanner and checks): paths, parameters typed by route constraints,
 * bodies and results as JSON Schema, keys, webhooks, the error contract. Title, version and
 * description come from the pom; a small JSON file of overrides is merged in. Every document is
 * checked against the OpenAPI 3.1 schema before it is written.
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class OpenApiMojo extends AbstractFunctionsMojo {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where openapi.json and openapi.yaml are written. */
    @Parameter(property = "functions.openapi.outputDirectory", defaultValue = "${project.build.directory}")
    private File openApiDirectory;

    /** JSON merged into the document ({@code info}, {@code servers}, {@code tags}...), when the file exists. */
    @Parameter(property = "functions.openapi.overrides", defaultValue = "${project.basedir}/openapi-overrides.json")
    private File overrides;

    /** The document's title. */
    @Parameter(property = "functions.openapi.title", defaultValue = "${project.name}")
    private String title;

    /** The document's version. */
    @Parameter(property = "functions.openapi.version", defaultValue = "${project.version}")
    private String version;

    /** The document's description. */
    @Parameter(property = "functions.openapi.description", defaultValue = "${project.description}")
    private String description;

    /** Skips writing the document. */
    @Parameter(property = "functions.openapi.skip", defaultValue = "false")
    private boolean skipOpenApi;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipOpenApi || !classesDirectory.isDirectory()) {
            getLog().info("Functions4J: no OpenAPI document written");
            return;
        }
        ObjectNode document;
        try {
            ApiInfo info = new ApiInfo(title == null || title.isBlank() ? project.getArtifactId() : title, version,
                    description);
            document = AppClasses.withCatalog(project.getRuntimeClasspathElements(), classesDirectory, hostJson,
                    catalog -> OpenApiDocument.of(catalog, info));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path is not resolved", e);
        }
        if (overrides.isFile()) {
            try {
                JsonNode extra = JSON.readTree(overrides);
                if (!extra.isObject()) {
                    throw new MojoFailureException("Functions4J: " + overrides + " must hold a JSON object");
                }
                OpenApiDocument.merged(document, extra);
            } catch (IOException e) {
                throw new MojoFailureException("Functions4J: " + overrides + " is not JSON: " + e.getMessage());
            }
        }
        String problems = OpenApiSchema.problems(document);
        if (problems != null) {
            throw new MojoFailureException("Functions4J: the OpenAPI document is not valid: " + problems);
        }
        try {
            Path directory = Files.createDirectories(openApiDirectory.toPath());
            Files.writeString(directory.resolve("openapi.json"), OpenApiDocument.json(document));
            Files.writeString(directory.resolve("openapi.yaml"), OpenApiDocument.yaml(document));
            getLog().info("Functions4J: OpenAPI document of " + document.get("paths").size() + " path(s) written to "
                    + directory.resolve("openapi.json") + " and openapi.yaml");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the OpenAPI document", e);
        }
    }
}
