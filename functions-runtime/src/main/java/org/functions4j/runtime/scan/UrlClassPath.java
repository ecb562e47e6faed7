package org.functions4j.runtime.scan;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The entries a {@link URLClassLoader} reads from itself: its URLs and, as the JDK's class path
 * does, the jars their manifests' {@code Class-Path} names. What ClassGraph reports for such a
 * loader, without loading ClassGraph (about 0.1 s of start-up) when a build-time index covers the app.
 */
final class UrlClassPath {
    private UrlClassPath() {
    }

    /** The loader's own entries that exist, canonical, in class-path order. */
    static List<Path> entries(URLClassLoader loader) {
        Set<Path> entries = new LinkedHashSet<>();
        Deque<URI> pending = new ArrayDeque<>();
        for (URL url : loader.getURLs()) {
            toUri(url, pending);
        }
        while (!pending.isEmpty()) {
            URI uri = pending.removeFirst();
            if (!"file".equals(uri.getScheme())) {
                continue;
            }
            Path entry = Path.of(uri);
            if (!Files.exists(entry) || !entries.add(FunctionScanner.canonical(entry))) {
                continue;
            }
            if (Files.isRegularFile(entry)) {
                manifestClassPath(entry, uri).forEach(pending::addLast);
            }
        }
        return List.copyOf(entries);
    }

    /** A jar's {@code Class-Path}: space-separated URLs relative to the jar. */
    private static List<URI> manifestClassPath(Path jar, URI jarUri) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<URI> found = new ArrayList<>();
            for (String relative : classPath.trim().split("\\s+")) {
                try {
                    found.add(jarUri.resolve(new URI(null, null, relative, null)));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // an entry the JDK would skip too
                }
            }
            return found;
        } catch (IOException e) {
            return List.of(); // not a jar: the loader cannot read it either
        }
    }

    private static void toUri(URL url, Deque<URI> into) {
        try {
            into.add(url.toURI());
        } catch (URISyntaxException e) {
            // not a URI: not a file entry
        }
    }
}
