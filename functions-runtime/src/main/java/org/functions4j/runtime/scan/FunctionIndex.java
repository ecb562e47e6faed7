package org.functions4j.runtime.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * The build-time index, {@value #PATH}: the classes that declare functions, written by the Maven
 * plugin after the build validated them, so start-up loads those classes instead of scanning the
 * class path. An index older than the classes beside it (a class compiled after it was written)
 * is never trusted: start-up scans instead, with a warning.
 */
public final class FunctionIndex {
    /** Where the index lives in the classes. */
    public static final String PATH = "META-INF/functions4j/functions.json";
    /** Zip entry times have a 2-second resolution. */
    private static final long TIME_RESOLUTION_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(FunctionIndex.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FunctionIndex() {
    }

    /**
     * Writes the index of a validated catalog into a classes directory.
     *
     * @param classesDirectory e.g. {@code target/classes}
     * @param catalog the validated functions
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(Path classesDirectory, FunctionCatalog catalog) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        ArrayNode classes = root.putArray("classes");
        catalog.functions().stream().map(f -> f.method().getDeclaringClass().getName()).distinct().sorted()
                .forEach(classes::add);
        ArrayNode functions = root.putArray("functions");
        for (FunctionDefinition function : catalog.functions()) {
            functions.addObject().put("name", function.name()).put("entryPoint", function.entryPoint());
        }
        Path file = classesDirectory.resolve(PATH);
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    /**
     * The usable index of every class-path entry that carries one, by the entry's root (its
     * directory or jar file): each lists that entry's classes only, so an entry without an index
     * must still be scanned.
     *
     * @param loader the app's class loader
     * @return the classes of each indexed entry; stale or unreadable indexes are left out (scan those
     *         entries); empty when an index is somewhere no entry can be named for (then scan all)
     */
    public static Map<Path, List<Class<?>>> readAll(ClassLoader loader) {
        Map<Path, List<Class<?>>> indexed = new LinkedHashMap<>();
        Enumeration<URL> indexes;
        try {
            indexes = loader.getResources(PATH);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot look for function indexes (" + e + "): scanning the class path instead");
            return Map.of();
        }
        while (indexes.hasMoreElements()) {
            URL index = indexes.nextElement();
            Path root = rootOf(index);
            if (root == null) {
                // A container's own URL scheme (Tomcat's war:): which entry it covers is unknown, so
                // trusting it could hide another entry's functions. Scan everything instead.
                LOG.info(() -> "The function index " + index + " is not in a directory or jar file: scanning the class path");
                return Map.of();
            }
            read(index, loader).ifPresent(classes -> indexed.putIfAbsent(root, classes));
        }
        return indexed;
    }

    /** The directory or jar file an index URL belongs to, or null for another kind of URL. */
    static Path rootOf(URL index) {
        String url = index.toString();
        if (!url.endsWith(PATH)) {
            return null;
        }
        String root = url.substring(0, url.length() - PATH.length());
        try {
            if (index.getProtocol().equals("file")) {
                return FunctionScanner.canonical(Path.of(new java.net.URI(root)));
            }
            if (index.getProtocol().equals("jar") && root.startsWith("jar:") && root.endsWith("!/")) {
                return FunctionScanner.canonical(Path.of(new java.net.URI(root.substring(4, root.length() - 2))));
            }
        } catch (URISyntaxException | RuntimeException e) { // e.g. FileSystemNotFoundException for war:file:...
            return null;
        }
        return null;
    }

    /** The classes one index lists; empty when it is stale or unreadable (then its entry is scanned). */
    private static Optional<List<Class<?>>> read(URL index, ClassLoader loader) {
        try {
            if (isStale(index)) {
                LOG.warning(() -> "The function index " + index + " is older than the classes beside it: "
                        + "scanning its classes instead (rebuild to refresh the index)");
                return Optional.empty();
            }
            JsonNode root;
            try (InputStream in = index.openStream()) {
                root = JSON.readTree(in);
            }
            List<Class<?>> classes = new ArrayList<>();
            for (JsonNode name : root.path("classes")) {
                classes.add(Class.forName(name.asText(), false, loader));
            }
            return Optional.of(classes);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warning(() -> "The function index " + index + " cannot be used (" + e + "): scanning its classes instead");
            return Optional.empty();
        }
    }

    private static boolean isStale(URL index) throws IOException {
        if (index.getProtocol().equals("file")) {
            Path file = toPath(index);
            Path root = file.getParent().getParent().getParent();
            long written = Files.getLastModifiedTime(file).toMillis();
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .anyMatch(p -> modified(p) > written);
            }
        }
        if (index.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) index.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                long written = jar.getEntry(PATH).getTime();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class") && entry.getTime() > written + TIME_RESOLUTION_MILLIS) {
                        return true;
                    }
                }
            }
            return false;
        }
        return false; // another kind of resource (a container's virtual file system): trust the build
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
