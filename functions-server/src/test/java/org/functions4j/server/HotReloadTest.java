package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.functions4j.server.reloadapp.Gate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20.1: --watch loads a changed app in a new class loader and swaps it in; an invalid change
 * keeps the old app; a request in flight finishes on the old app; the old class loader can be
 * collected. Reloads are triggered by hand here (no timing); the watcher's change detection is
 * checked on its own.
 */
class HotReloadTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private FunctionsServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        Gate.release.countDown();
        if (server != null) {
            server.close();
        }
    }

    private HotReload start(Path classes) throws Exception {
        Gate.entered = new CountDownLatch(1);
        Gate.release = new CountDownLatch(1);
        ServerOptions options = ServerOptions.builder().classpath(List.of(classes)).host("127.0.0.1").port(0)
                .secrets(dir.resolve("secrets")).build(dir, Map.of());
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        FunctionsServer.Launch launch = FunctionsServer.launch(options, Map.of(), print, print);
        assertEquals(0, launch.status(), out::toString);
        server = launch.server();
        return new HotReload(options, Map.of(), server, print, FunctionsServer.WATCH_INTERVAL);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Copies the compiled classes of one package of the test classes into a classes directory. */
    private static void copyPackage(String pkg, Path classes) throws Exception {
        Path testClasses = TestServers.classesOf(HotReloadTest.class);
        Path source = testClasses.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(testClasses.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void aValidChangeIsServedAndAnInvalidOneIsNot() throws Exception {
        Path classes = dir.resolve("classes");
        copyPackage("org.functions4j.server.reloadapp.one", classes);
        HotReload reload = start(classes);
        assertEquals("one", get("/api/One").body());
        assertEquals(404, get("/api/Two").statusCode());
        int port = server.port();

        copyPackage("org.functions4j.server.reloadapp.two", classes);
        assertTrue(reload.reload(), out::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Reloaded in "), out::toString);
        assertEquals("one", get("/api/One").body());
        assertEquals("two, loaded by a context class loader of function-app", get("/api/Two").body(),
                "the new app's code runs with its own loader as the context class loader");
        assertEquals(port, server.port(), "the same port");

        copyPackage("org.functions4j.server.invalidapp", classes);
        assertFalse(reload.reload());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("the change was not loaded; the previous app still serves"), printed);
        assertTrue(printed.contains("org.functions4j.server.invalidapp.Broken.run (function 'Broken')"), printed);
        assertEquals(200, get("/api/Two").statusCode(), "still served");
    }

    @Test
    void aRequestInFlightFinishesOnTheOldAppAndTheOldLoaderIsCollected() throws Exception {
        Path classes = dir.resolve("classes");
        copyPackage("org.functions4j.server.reloadapp.one", classes);
        HotReload reload = start(classes);
        WeakReference<ClassLoader> oldLoader = new WeakReference<>(server.app().classLoader());
        CompletableFuture<HttpResponse<String>> held = CLIENT.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/Held")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(Gate.entered.await(10, TimeUnit.SECONDS));

        CompletableFuture<Boolean> swapped = CompletableFuture.supplyAsync(reload::reload);
        Gate.release.countDown();
        HttpResponse<String> answer = held.get(30, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("held by function-app", answer.body());
        assertTrue(swapped.get(30, TimeUnit.SECONDS));
        assertNotEquals(oldLoader.get(), server.app().classLoader());

        // Nothing of the runtime or the server may keep the old app's classes: a leak here would
        // grow the heap by one app per reload.
        for (int i = 0; i < 100 && oldLoader.get() != null; i++) {
            System.gc();
            byte[][] pressure = new byte[16][];
            for (int j = 0; j < pressure.length; j++) {
                pressure[j] = new byte[1 << 20];
            }
            Thread.sleep(50);
        }
        assertNull(oldLoader.get(), "the old app's class loader was not collected");
    }

    @Test
    void theWatcherSeesAChangedDirectory() throws Exception {
        Path classes = dir.resolve("classes");
        copyPackage("org.functions4j.server.reloadapp.one", classes);
        HotReload reload = start(classes);
        long before = reload.signature();
        assertEquals(before, reload.signature(), "nothing changed");
        copyPackage("org.functions4j.server.reloadapp.two", classes);
        assertNotEquals(before, reload.signature());
    }
}
