package org.functions4j.runtime.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.classgraph.ClassGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link URLClassLoader}'s own class path, read without ClassGraph, must be what ClassGraph
 * reports for the same loader (the reference: {@code ignoreParentClassLoaders().getClasspathURIs()}).
 */
class UrlClassPathTest {
    /** Each case: the loader's URLs (names in a temp directory), and jars whose manifests name others. */
    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("a classes directory", List.of("classes/"), List.of()),
                Arguments.of("directory and jars", List.of("classes/", "a.jar", "b.jar"), List.of()),
                Arguments.of("a manifest Class-Path, relative", List.of("app.jar"), List.of("app.jar=lib/dep.jar lib/other.jar")),
                Arguments.of("Class-Path entries named twice, and a cycle", List.of("app.jar", "lib/dep.jar"),
                        List.of("app.jar=lib/dep.jar", "lib/dep.jar=../app.jar")),
                Arguments.of("an entry that does not exist", List.of("classes/", "gone.jar", "nothere/"), List.of()),
                Arguments.of("a Class-Path naming a missing jar", List.of("app.jar"), List.of("app.jar=missing.jar lib/dep.jar")),
                Arguments.of("a space in a folder name", List.of("my classes/", "with space.jar"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void agreesWithClassGraph(String layout, List<String> urls, List<String> manifests, @TempDir Path dir) throws Exception {
        for (String manifest : manifests) {
            String[] jarAndPath = manifest.split("=", 2);
            writeJar(dir.resolve(jarAndPath[0]), jarAndPath[1]);
        }
        for (String url : urls) {
            Path entry = dir.resolve(url);
            if (url.endsWith("/")) {
                Files.createDirectories(entry);
            } else if (!Files.exists(entry) && !url.startsWith("gone")) {
                writeJar(entry, null);
            }
        }
        writeJar(dir.resolve("lib/other.jar"), null);
        if (manifests.stream().anyMatch(m -> m.contains("lib/dep.jar")) && !Files.exists(dir.resolve("lib/dep.jar"))) {
            writeJar(dir.resolve("lib/dep.jar"), null);
        }
        URL[] loaderUrls = new URL[urls.size()];
        for (int i = 0; i < loaderUrls.length; i++) {
            loaderUrls[i] = dir.resolve(urls.get(i)).toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(loaderUrls, null)) {
            List<Path> classGraph = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                    .getClasspathURIs().stream().map(uri -> FunctionScanner.canonical(Path.of(uri))).toList();
            assertEquals(classGraph, UrlClassPath.entries(loader));
        }
    }

    private static void writeJar(Path jar, String classPath) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
    }
}
