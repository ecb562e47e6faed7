package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: scanning a class path, the banner, and the exit codes. */
class FunctionsServerMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Path secrets = TestServers.newSecretsDirectory();
    private Map<String, String> environment = Map.of();
    private FunctionsServer started;

    @AfterEach
    void stop() throws Exception {
        if (started != null) {
            started.close();
        }
    }

    private int run(String... args) {
        String[] withSecrets = Arrays.copyOf(args, args.length + 2);
        withSecrets[args.length] = "--secrets";
        withSecrets[args.length + 1] = secrets.toString();
        FunctionsServer.Launch launch = FunctionsServer.launch(withSecrets, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        started = launch.server();
        return launch.status();
    }

    private static Path testClasses() throws Exception {
        return Path.of(FunctionsServerMainTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void scansTheClassPathPrintsTheBannerAndServes(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("host.json"), "{\"version\":\"2.0\",\"extensions\":{\"http\":{\"routePrefix\":\"v1\"}}}");
        int status = run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1", "--config", config.toString());
        assertEquals(0, status, err::toString);
        String banner = out.toString(StandardCharsets.UTF_8);
        Matcher listening = Pattern.compile("Listening on http://127.0.0.1:(\\d+)/").matcher(banner);
        assertTrue(listening.find(), banner);
        int port = Integer.parseInt(listening.group(1));
        assertTrue(banner.startsWith("Functions:\n\n"), banner);
        assertTrue(banner.contains("\tBindings: [GET] http://127.0.0.1:" + port + "/v1/bindings/{id:int}/{key?}\n"), banner);
        assertTrue(banner.contains("\tNewItem: [GET,POST] http://127.0.0.1:" + port + "/v1/items/new\n"), banner);
        assertTrue(banner.contains("\tText: [ALL] http://127.0.0.1:" + port + "/v1/Text\n"), banner);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/items/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("item x", response.body());
        Class<?> loaded = started.app().catalog().functions().get(0).method().getDeclaringClass();
        assertTrue(loaded.getClassLoader() instanceof FunctionAppClassLoader, "the app has its own class loader");
    }

    @Test
    void exitsWith2AndOneLineForABadOption() {
        assertEquals(2, run("--nope"));
        assertEquals("functions-server: unknown option '--nope' (see --help)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--classpath <path>"));
    }

    @Test
    void exitsWith1NamingTheProblemForAnInvalidApp(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("host.json"), "{\"http\":{\"routePrefix\":7}}");
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--config", config.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'http.routePrefix' must be a string"), err::toString);
    }

    @Test
    void exitsWith1NamingClassAndMethodOfAnInvalidFunction() throws Exception {
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.invalidapp",
                "--port", "0"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("org.functions4j.server.invalidapp.Broken.run (function 'Broken')"), message);
        assertTrue(message.contains("no parameter has @HttpTrigger"), message);
    }
}
