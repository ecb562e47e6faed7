package org.functions4j.runtime.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.fixtures.Valid;
import org.functions4j.runtime.scan.second.Other;
import org.functions4j.runtime.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionIndexTest {
    private static final FunctionCatalog CATALOG = FunctionCatalog.of(List.of(Valid.class), "api");

    @TempDir
    Path dir;

    /** A classes directory holding the fixture's class file, a minute old. */
    private Path classes() throws Exception {
        return classesOf("classes", Valid.class);
    }

    /** A classes directory holding a class's file, a minute old. */
    private Path classesOf(String name, Class<?> type) throws Exception {
        Path classes = dir.resolve(name);
        String file = type.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, target);
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(60)));
        return classes;
    }

    /** Issue 14.10: `--classpath a:b` where only `a` has an index must still find `b`'s functions. */
    @Test
    void anIndexHidesNoOtherEntrysFunctions() throws Exception {
        Path indexed = classesOf("indexed", Valid.class);
        classesOf("indexed", Valid.Pojo.class);
        FunctionIndex.write(indexed, CATALOG);
        Path plain = classesOf("plain", Other.class);
        // A parent that cannot see the fixtures, so the classes come from the two entries only.
        ClassLoader parent = new ClassLoader(FunctionIndexTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.functions4j.runtime.model.fixtures") || name.startsWith("org.functions4j.runtime.scan.second")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        for (List<Path> order : List.of(List.of(indexed, plain), List.of(plain, indexed))) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {order.get(0).toUri().toURL(),
                    order.get(1).toUri().toURL()}, parent)) {
                List<String> names = FunctionApps.functionClasses(loader, true, List.of()).stream()
                        .map(Class::getName).sorted().toList();
                assertEquals(List.of(Valid.class.getName(), Other.class.getName()), names, "entries " + order);
            }
        }
    }

    /**
     * The host's own class path may carry an index (the benchmarks' jar did): an app loaded in its
     * own class loader gets its own functions only, never the host's indexed ones.
     */
    @Test
    void anAppInItsOwnLoaderIgnoresTheHostsIndex() throws Exception {
        Path hostClasses = classesOf("host", Valid.class);
        classesOf("host", Valid.Pojo.class);
        FunctionIndex.write(hostClasses, CATALOG);
        Path app = classesOf("app", Other.class);
        try (URLClassLoader host = new URLClassLoader(new URL[] {hostClasses.toUri().toURL()},
                FunctionIndexTest.class.getClassLoader());
             FunctionAppClassLoader loader = new FunctionAppClassLoader(new URL[] {app.toUri().toURL()}, host)) {
            List<String> names = FunctionApps.functionClasses(loader, true, List.of()).stream()
                    .map(Class::getName).toList();
            assertEquals(List.of(Other.class.getName()), names);
        }
    }

    private static Optional<List<Class<?>>> read(Path root) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                FunctionIndexTest.class.getClassLoader())) {
            return FunctionIndex.readAll(loader).values().stream().findFirst();
        }
    }

    @Test
    void listsTheClassesThatDeclareFunctions() throws Exception {
        Path classes = classes();
        FunctionIndex.write(classes, CATALOG);
        assertEquals(Optional.of(List.of(Valid.class)), read(classes));
    }

    @Test
    void noIndexMeansScan() throws Exception {
        assertEquals(Optional.empty(), read(classes()));
    }

    @Test
    void neverTrustsAnIndexOlderThanTheClasses() throws Exception {
        Path classes = classes();
        Path index = FunctionIndex.write(classes, CATALOG);
        Files.setLastModifiedTime(index, FileTime.from(Instant.now().minusSeconds(120)));
        try (LogCapture logs = LogCapture.of(FunctionIndex.class.getName())) {
            assertEquals(Optional.empty(), read(classes));
            assertTrue(logs.texts().get(0).contains("is older than the classes beside it"), logs.texts()::toString);
        }
    }

    @Test
    void aBrokenIndexMeansScanWithAWarning() throws Exception {
        Path classes = classes();
        Path index = FunctionIndex.write(classes, CATALOG);
        Files.writeString(index, "{\"classes\": [\"org.example.Gone\"]}");
        try (LogCapture logs = LogCapture.of(FunctionIndex.class.getName())) {
            assertEquals(Optional.empty(), read(classes));
            assertTrue(logs.texts().get(0).contains("cannot be used"), logs.texts()::toString);
        }
    }

    @Test
    void readsAnIndexInAJarAndChecksItsEntryTimes() throws Exception {
        Path classes = classes();
        FunctionIndex.write(classes, CATALOG);
        assertEquals(Optional.of(List.of(Valid.class)), read(jar(classes, dir.resolve("fresh.jar"), 0)));
        assertEquals(Optional.empty(), read(jar(classes, dir.resolve("stale.jar"), 60_000)),
                "a class entry a minute newer than the index");
    }

    /** Jars the directory; class entries get {@code classesLater} ms more than the index entry. */
    private static Path jar(Path root, Path jar, long classesLater) throws Exception {
        long time = Instant.now().minusSeconds(300).toEpochMilli();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                JarEntry entry = new JarEntry(name);
                entry.setTime(name.endsWith(".class") ? time + classesLater : time);
                zip.putNextEntry(entry);
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
