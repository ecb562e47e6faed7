package org.functions4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a package goal writes ({@code target/azure-functions/<app>}, by Microsoft's plugin or
 * ours): the app's archive and host.json at the top, its dependencies in {@code lib/}. Given as
 * {@code --classpath}, it stands for its archives, and its host.json is the app's.
 */
final class StagingFolder {
    private StagingFolder() {
    }

    /** A directory with host.json and an archive beside it; a classes directory has no archive. */
    static boolean is(Path directory) {
        return Files.isDirectory(directory) && Files.isRegularFile(directory.resolve("host.json"))
                && !jars(directory).isEmpty();
    }

    /** The app's archives, then {@code lib/}'s, each in name order so every start loads the same. */
    static List<Path> classpath(Path folder) {
        List<Path> entries = new ArrayList<>(jars(folder));
        entries.addAll(jars(folder.resolve("lib")));
        return entries;
    }

    static Path hostJson(Path folder) {
        return folder.resolve("host.json");
    }

    private static List<Path> jars(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
