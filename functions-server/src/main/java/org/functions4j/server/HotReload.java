package org.functions4j.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.SecretsException;
import org.functions4j.runtime.host.HostConfigException;
import org.functions4j.runtime.model.DefinitionException;

/**
 * {@code --watch}: after the app's class directories (an IDE's compile, {@code mvn compile}) or its
 * host.json change, loads the app again in a new class loader, validates it and swaps it in while
 * the server keeps running: keys, port and open connections stay, requests in flight finish on the
 * old app, which is then closed with its class loader. An invalid change is reported and the old
 * app keeps serving.
 *
 * <p>Changes are found by polling (a compile writes many files; the reload waits until one poll
 * sees nothing new), because file watches miss changes on some file systems and under symlinks.
 */
final class HotReload implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HotReload.class.getName());
    /** How long requests in flight on the old app may take to finish. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private final ServerOptions options;
    private final Map<String, String> environment;
    private final FunctionsServer server;
    private final PrintStream out;
    private final List<Path> watched;
    private final Duration interval;
    private final Thread watcher;
    private volatile boolean closed;

    HotReload(ServerOptions options, Map<String, String> environment, FunctionsServer server, PrintStream out,
                      Duration interval) {
        this.options = options;
        this.environment = environment;
        this.server = server;
        this.out = out;
        this.interval = interval;
        List<Path> paths = new ArrayList<>(options.classpath().stream().filter(Files::isDirectory).toList());
        if (options.config() != null) {
            paths.add(options.config());
        }
        this.watched = List.copyOf(paths);
        this.watcher = new Thread(this::watch, "functions4j-hot-reload");
        watcher.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param interval how often to look for changes
     * @return the watcher, or null when there is nothing to watch (the app is on the JVM class path)
     */
    static HotReload start(ServerOptions options, Map<String, String> environment, FunctionsServer server,
                           PrintStream out, Duration interval) {
        if (options.classpath().stream().noneMatch(Files::isDirectory)) {
            return null;
        }
        HotReload reload = new HotReload(options, environment, server, out, interval);
        reload.watcher.start();
        return reload;
    }

    private void watch() {
        long seen = signature();
        while (!closed) {
            LockSupport.parkNanos(this, interval.toNanos());
            long now = signature();
            if (now == seen || closed) {
                continue;
            }
            LockSupport.parkNanos(this, interval.toNanos()); // let the compile finish
            long settled = signature();
            if (settled == now && !closed) {
                seen = settled;
                reload();
            }
        }
    }

    /**
     * Loads the app again and serves it, or keeps the old one when the new one is invalid.
     *
     * @return true when the new app serves
     */
    boolean reload() {
        long started = System.nanoTime();
        ClassLoader loader = null;
        try {
            loader = FunctionsServer.appClassLoader(options);
            FunctionApp next = FunctionsServer.load(options, environment, loader); // closes its loader with it
            try {
                next.prepareInstances();
            } catch (RuntimeException e) {
                next.close();
                throw e;
            }
            out.println("Reloaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                    + next.catalog().functions().size() + " function(s)");
            out.flush();
            server.swap(next, loader, DRAIN);
            return true;
        } catch (DefinitionException | HostConfigException | SecretsException e) {
            out.println("functions-server: the change was not loaded; the previous app still serves: " + e.getMessage());
            out.flush();
            FunctionsServer.closeQuietly(loader);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception | LinkageError e) { // a half-compiled class: try again on the next change
            LOG.log(Level.WARNING, "The change could not be loaded; the previous app still serves", e);
            FunctionsServer.closeQuietly(loader);
            return false;
        }
    }

    /** One number for the names, sizes and times of every watched file: changes when any of them does. */
    long signature() {
        long signature = 0;
        for (Path root : watched) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    long entry = file.toString().hashCode() * 31L + attributes.lastModifiedTime().toMillis();
                    signature += entry * 17 + attributes.size(); // a sum: the walk's order does not matter
                }
            } catch (IOException | UncheckedIOException e) {
                signature += 1; // a file vanished while walking: a compile is under way, look again
            }
        }
        return signature;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(watcher);
    }
}
