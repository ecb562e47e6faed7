package org.functions4j.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Writes the Azure Functions layout: {@code <outputDirectory>/<appName>/<FunctionName>/function.json}
 * for each function, validated against the published schema, with the app's archive, host.json,
 * local.settings.json (when the project has one) and its runtime dependencies in {@code lib/} beside
 * them, as Microsoft's plugin does; the folder is a complete app ({@code --classpath} runs it).
 * A descriptor the schema refuses fails the build, naming the function and the field.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class PackageMojo extends AbstractFunctionsMojo {
    private static final String DEFAULT_HOST_JSON = "{\n  \"version\": \"2.0\"\n}\n";

    /** The app's name: the folder under {@code outputDirectory} and the archive's name. */
    @Parameter(property = "functions.appName", defaultValue = "${project.artifactId}")
    private String appName;

    /** The project's local settings, copied beside host.json as Microsoft's plugin does. */
    @Parameter(property = "functions.localSettingsJson", defaultValue = "${project.basedir}/local.settings.json")
    private File localSettingsJson;

    /** Where the layout is written. */
    @Parameter(property = "functions.outputDirectory", defaultValue = "${project.build.directory}/azure-functions")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            return;
        }
        File archive = project.getArtifact().getFile();
        if (archive == null || !archive.isFile()) {
            throw new MojoFailureException("Functions4J: the project has no archive to package (packaging '"
                    + project.getPackaging() + "'); run this goal in the package phase of a jar or war project");
        }
        FunctionCatalog catalog = validatedCatalog();
        Path app = outputDirectory.toPath().resolve(appName);
        String archiveName = appName + archive.getName().substring(archive.getName().lastIndexOf('.'));
        try {
            Files.createDirectories(app);
            write(app, catalog, archiveName);
            Files.copy(archive.toPath(), app.resolve(archiveName), StandardCopyOption.REPLACE_EXISTING);
            if (hostJson.isFile()) {
                Files.copy(hostJson.toPath(), app.resolve("host.json"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.writeString(app.resolve("host.json"), DEFAULT_HOST_JSON);
            }
            if (localSettingsJson.isFile()) {
                Files.copy(localSettingsJson.toPath(), app.resolve("local.settings.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int staged = StagedLibraries.copy(project.getArtifacts(), app.resolve("lib"));
            getLog().info("Functions4J: " + staged + " runtime dependenc" + (staged == 1 ? "y" : "ies") + " staged in lib/");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + app, e);
        }
        getLog().info("Functions4J: " + catalog.functions().size() + " function(s) packaged in " + app);
    }

    private void write(Path app, FunctionCatalog catalog, String archiveName) throws IOException, MojoFailureException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        FunctionJsonGenerator generator = new FunctionJsonGenerator(json);
        DescriptorSchema schema = new DescriptorSchema();
        List<String> problems = new ArrayList<>();
        deleteStaleFunctions(app, catalog);
        for (FunctionDefinition function : catalog.functions()) {
            ObjectNode descriptor = generator.generate(function, "../" + archiveName);
            List<String> violations = schema.violations(descriptor);
            if (!violations.isEmpty()) {
                violations.forEach(v -> problems.add(function.describe() + ": function.json " + v));
                continue;
            }
            Path file = app.resolve(function.name()).resolve("function.json");
            Files.createDirectories(file.getParent());
            Files.write(file, json.writeValueAsBytes(descriptor));
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Functions4J: generated descriptors do not match the function.json schema:\n  - "
                    + String.join("\n  - ", problems) + "\n(for example, 'connect' is not a method function.json allows)");
        }
    }

    /** An incremental build must not leave descriptors of functions that no longer exist. */
    private static void deleteStaleFunctions(Path app, FunctionCatalog catalog) throws IOException {
        if (!Files.isDirectory(app)) {
            return;
        }
        try (var entries = Files.list(app)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                boolean current = catalog.functions().stream().anyMatch(f -> f.name().equals(entry.getFileName().toString()));
                Path descriptor = entry.resolve("function.json");
                if (!current && Files.exists(descriptor)) {
                    Files.delete(descriptor);
                    Files.deleteIfExists(entry);
                }
            }
        }
    }
}
