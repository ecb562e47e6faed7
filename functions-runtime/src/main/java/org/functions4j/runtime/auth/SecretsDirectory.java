package org.functions4j.runtime.auth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The secrets directory on disk: its key files, what they look like now (to see changes), and
 * writes that take turns with every other writer (threads, other web apps in this JVM, other
 * processes) and replace a file atomically. Knows files, not keys: {@link SecretStore} does keys.
 */
final class SecretsDirectory {
    private static final String LOCK_FILE = ".lock";
    /** How long a write waits for another app in this JVM to finish its own. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /**
     * One lock per directory for the stores of this class loader: file locks belong to the process,
     * so two stores on the same directory must take turns here first. Stores of other class loaders
     * (two web apps in one container, each with its own copy of this class) do not see this map:
     * for them {@link #fileLock} waits while the JVM holds the file lock.
     */
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final AtomicFileWriter writer;
    private final ReentrantLock lock;

    SecretsDirectory(Path directory, AtomicFileWriter writer) {
        this.directory = directory;
        this.writer = writer;
        this.lock = LOCKS.computeIfAbsent(directory.normalize(), d -> new ReentrantLock());
    }

    Path path() {
        return directory;
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /** Creates the directory, with a {@code .gitignore} that ignores everything in it, unless it exists. */
    void create() {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(".gitignore"), "# Keys: never commit them.\n*\n");
        } catch (IOException e) {
            throw new SecretsException("cannot create the secrets directory " + directory + ": " + e, e);
        }
    }

    boolean isWritable() {
        return Files.isWritable(directory);
    }

    /** The key files ({@code *.json}, not hidden), sorted. */
    List<Path> keyFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.startsWith(".") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new SecretsException("cannot list the secrets directory " + directory + ": " + e, e);
        }
    }

    /** A file's bytes, or null when it does not exist. */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new SecretsException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Modification time, size and identity (which changes when a symlink is repointed, as Kubernetes does); null when gone. */
    static Object signature(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs work that must not interleave with this JVM's writes to the directory (a reload). */
    void inTurn(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes a file in turn with every other writer: the change reads the file afresh under the
     * locks and says what to write (null for nothing); the content replaces the file atomically.
     *
     * @param written runs under the locks after a write
     * @throws IOException when the lock cannot be had or the file cannot be written
     */
    void writeInTurn(Path file, Supplier<byte[]> change, Runnable written) throws IOException {
        lock.lock();
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = fileLock(channel)) {
            byte[] content = change.get();
            if (content != null) {
                writer.write(file, content);
                written.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the directory's file lock. While another class loader's store in this JVM holds it,
     * the JDK throws {@link OverlappingFileLockException} instead of waiting: wait here, briefly
     * and boundedly (a write takes milliseconds).
     */
    private static FileLock fileLock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("the keys directory stayed locked by another app in this JVM for " + LOCK_WAIT, e);
                }
                LockSupport.parkNanos(1_000_000);
            }
        }
    }
}
