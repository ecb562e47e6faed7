package org.functions4j.runtime.scan;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.functions4j.runtime.model.Annotations;

/** Finds the classes that declare functions, with ClassGraph. */
public final class FunctionScanner {
    /** The host's own libraries: never scanned for functions when the app shares the host's class path. */
    public static final List<String> HOST_PACKAGES = List.of("org.eclipse.jetty", "com.fasterxml.jackson",
            "io.github.classgraph", "nonapi.io.github.classgraph", "org.slf4j", "org.jboss.weld", "org.jboss.logging",
            "org.functions4j.runtime", "org.functions4j.server");

    private FunctionScanner() {
    }

    /**
     * Scans the class path a class loader sees.
     *
     * @param loader the function app's class loader
     * @param appOnly when true, only the loader's own class path is scanned, not its parents'
     * @param packages packages to restrict the scan to; all when empty
     * @param excluded packages never scanned (a server's own libraries on a shared class path)
     * @return the classes with a {@code @FunctionName} method, loaded through {@code loader}
     */
    public static List<Class<?>> scan(ClassLoader loader, boolean appOnly, List<String> packages,
                                     List<String> excluded) {
        ClassGraph graph = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .overrideClassLoaders(loader);
        if (appOnly) {
            graph.ignoreParentClassLoaders();
        }
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        if (!excluded.isEmpty()) {
            graph.rejectPackages(excluded.toArray(String[]::new));
        }
        return functionClasses(graph);
    }

    /**
     * Scans one directory or jar only (a project's compiled classes), loading what it finds
     * through {@code loader}, which also sees the project's dependencies.
     *
     * @param loader the app's class loader
     * @param classes the directory or jar to scan
     * @return the classes with a {@code @FunctionName} method
     */
    public static List<Class<?>> scanOnly(ClassLoader loader, Path classes) {
        return functionClasses(new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .overrideClasspath(classes.toString())
                .overrideClassLoaders(loader));
    }

    /**
     * The class-path entries (directories and jars) a class loader sees, as ClassGraph finds them
     * (a {@link URLClassLoader}'s own entries are read directly: no ClassGraph at start-up).
     *
     * @param appOnly only the loader's own entries, not its parents'
     */
    public static List<Path> classPath(ClassLoader loader, boolean appOnly) {
        if (appOnly && loader instanceof URLClassLoader own) {
            return UrlClassPath.entries(own);
        }
        ClassGraph graph = new ClassGraph().overrideClassLoaders(loader);
        if (appOnly) {
            graph.ignoreParentClassLoaders();
        }
        return graph.getClasspathURIs().stream()
                .filter(uri -> "file".equals(uri.getScheme()))
                .map(uri -> canonical(Path.of(uri)))
                .toList();
    }

    /** One spelling per entry, so an index's entry and ClassGraph's compare equal (symbolic links resolved). */
    static Path canonical(Path entry) {
        try {
            return entry.toRealPath();
        } catch (java.io.IOException e) {
            return entry.toAbsolutePath().normalize();
        }
    }

    /**
     * Scans some class-path entries only, loading what it finds through {@code loader}.
     *
     * @param entries directories and jars
     * @param excluded packages never scanned
     */
    public static List<Class<?>> scanEntries(ClassLoader loader, List<Path> entries, List<String> excluded) {
        ClassGraph graph = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .overrideClasspath(entries)
                .overrideClassLoaders(loader);
        if (!excluded.isEmpty()) {
            graph.rejectPackages(excluded.toArray(String[]::new));
        }
        return functionClasses(graph);
    }

    private static List<Class<?>> functionClasses(ClassGraph graph) {
        try (ScanResult result = graph.scan()) {
            // Ours and Azure's @FunctionName: an app compiled against Azure's library loads unchanged.
            return Annotations.names("FunctionName").stream()
                    .flatMap(name -> result.getClassesWithMethodAnnotation(name).stream())
                    .map(ClassInfo::getName).distinct().sorted()
                    .<Class<?>>map(name -> result.loadClass(name, false))
                    .toList();
        }
    }
}
