package org.functions4j.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.host.HostConfigException;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.scan.FunctionAppClassLoader;
import org.functions4j.runtime.scan.FunctionScanner;

/**
 * The project's functions, found and validated by the same scanner and checks the runtime uses at
 * start-up, so the build and the server can never disagree.
 */
final class AppClasses {
    private AppClasses() {
    }

    /**
     * Scans the project's classes (with its runtime dependencies on the class path) and validates them.
     *
     * @param classpath the project's runtime class path, its classes directory first
     * @param classesDirectory the directory scanned for functions
     * @param hostJson the project's host.json, or a missing file for the defaults
     * @return the validated catalog
     * @throws MojoFailureException naming every invalid function, its class, method, problem and a hint
     */
    static FunctionCatalog validate(List<String> classpath, File classesDirectory, File hostJson)
            throws MojoFailureException, MojoExecutionException {
        return withCatalog(classpath, classesDirectory, hostJson, catalog -> catalog);
    }

    /**
     * Scans and validates as {@link #validate} does, and uses the catalog while the project's class
     * loader is open (what reads the classes further, such as the OpenAPI generator, needs it).
     */
    static <T> T withCatalog(List<String> classpath, File classesDirectory, File hostJson, Function<FunctionCatalog, T> use)
            throws MojoFailureException, MojoExecutionException {
        HostConfig config = hostConfig(hostJson);
        URL[] urls = urls(classpath);
        try (FunctionAppClassLoader loader = new FunctionAppClassLoader(urls, AppClasses.class.getClassLoader())) {
            return use.apply(FunctionCatalog.of(FunctionScanner.scanOnly(loader, classesDirectory.toPath()),
                    config.routePrefix(), config.skipUnsupportedFunctions()));
        } catch (DefinitionException e) {
            throw new MojoFailureException("Functions4J: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("cannot close the project's class loader", e);
        }
    }

    static HostConfig hostConfig(File hostJson) throws MojoFailureException {
        try {
            return HostConfig.read(Files.isRegularFile(hostJson.toPath()) ? hostJson.toPath() : null, Map.of());
        } catch (HostConfigException e) {
            throw new MojoFailureException("Functions4J: " + e.getMessage());
        }
    }

    static URL[] urls(List<String> classpath) throws MojoExecutionException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = Path.of(classpath.get(i)).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("bad class path entry " + classpath.get(i), e);
            }
        }
        return urls;
    }
}
