package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.functions4j.server.cdiapp.Greeted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDI app on the command line: Weld SE boots beside the scan, the assembly and Jetty, and the
 * server still serves only once every instance is made; a container or constructor that fails
 * stops start-up with one message and leaves no server listening.
 */
class CdiStartupTest {
    private static final String FIXTURES = Greeted.class.getPackageName().replace('.', '/');

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FunctionsServer started;

    @AfterEach
    void stop() {
        if (started != null) {
            started.close();
        }
    }

    @Test
    void servesABeanWithItsInjectionAndAPlainClassBesideIt(@TempDir Path app) throws Exception {
        assertEquals(0, launch(appWith(app, "Greetings", "Greeted", "Plain"), 0), err::toString);
        LocalRequests requests = new LocalRequests(started);
        assertEquals("Greetings, Ann", requests.body("GET /api/Greeted?name=Ann"));
        assertEquals("plain", requests.body("GET /api/Plain"));
    }

    @Test
    void stopsStartUpWhenWeldRefusesTheDeployment(@TempDir Path app) throws Exception {
        int port = freePort();
        assertEquals(1, launch(appWith(app, "Needy", "Needy$Unprovided", "Plain"), port));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("functions-server: cannot start: "), message);
        assertTrue(message.contains("has 1 problem:\n  - the CDI container: did not start: WELD-001408: Unsatisfied"
                + " dependencies for type Unprovided"), message);
        assertNothingListensOn(port);
    }

    @Test
    void stopsStartUpWhenAConstructorFails(@TempDir Path app) throws Exception {
        int port = freePort();
        assertEquals(1, launch(appWith(app, "Greetings", "Throwing"), port));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("org.functions4j.server.cdiapp.Throwing.run (function 'Throwing')"), message);
        assertTrue(message.contains("make the class public and its constructor succeed"), message);
        assertNothingListensOn(port);
    }

    private int launch(Path classes, int port) {
        FunctionsServer.Launch launch = FunctionsServer.launch(new String[] {"--classpath", classes.toString(),
            "--port", String.valueOf(port), "--host", "127.0.0.1", "--secrets",
            TestServers.newSecretsDirectory().toString()}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        started = launch.server();
        if (launch.status() != 0) {
            assertNull(started);
        }
        return launch.status();
    }

    /** A class directory with some of the fixtures and a beans.xml that makes it a CDI bean archive. */
    private static Path appWith(Path dir, String... classes) throws IOException {
        Path source = TestServers.classesOf(Greeted.class).resolve(FIXTURES);
        Path target = Files.createDirectories(dir.resolve(FIXTURES));
        for (String name : classes) {
            Files.copy(source.resolve(name + ".class"), target.resolve(name + ".class"));
        }
        Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(dir.resolve("META-INF/beans.xml"), "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>");
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void assertNothingListensOn(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            throw new AssertionError("a server still listens on " + port);
        } catch (ConnectException expected) {
            // refused: the server that had started was stopped
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Requests through the server's in-memory connector. */
    private record LocalRequests(FunctionsServer server) {
        String body(String requestLine) throws Exception {
            String response = server.localConnector().getResponse(requestLine + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
