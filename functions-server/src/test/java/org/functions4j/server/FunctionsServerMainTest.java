package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.scan.FunctionAppClassLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        return TestServers.classesOf(FunctionsServerMainTest.class);
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

    /** Issue 20.5 and the AzureWebJobs.<name>.Disabled app setting: only what is served gets a route. */
    @Test
    void servesOnlyTheFunctionsNamedAndNotThoseDisabled() throws Exception {
        environment = Map.of("AzureWebJobs.newitem.Disabled", "true");
        int status = run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1", "--functions", "Bindings, NewItem");
        assertEquals(0, status, err::toString);
        String banner = out.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("\tBindings: [GET] "), banner);
        assertTrue(banner.contains("\tNewItem: not served (--functions, or AzureWebJobs.NewItem.Disabled)\n"), banner);
        assertTrue(banner.contains("\tText: not served"), banner);
        assertEquals(List.of("Bindings"), started.app().catalog().functions().stream().map(f -> f.name()).toList());
        for (String[] call : new String[][] {{"/api/bindings/7", "200"}, {"/api/items/new", "404"}, {"/api/Text", "404"}}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + started.port() + call[0])).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(Integer.parseInt(call[1]), response.statusCode(), call[0]);
        }
    }

    /** Issue 20.3: Core Tools' --cors; a preflight is answered without a key, over a real socket. */
    @Test
    void answersAPreflightFromAnOriginGivenWithCors() throws Exception {
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1", "--cors", "http://localhost:8080,https://*.example.com"), err::toString);
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + started.port() + "/api/secured"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "x-functions-key")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode(), "no key needed for a preflight");
        assertEquals("https://app.example.com", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("GET", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        assertEquals("x-functions-key", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
        assertEquals("Origin", preflight.headers().firstValue("Vary").orElse(null));
    }

    @Test
    void refusesAnyOriginWithCredentials() throws Exception {
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--cors", "*", "--cors-credentials"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the origin '*' cannot be allowed with credentials"),
                err::toString);
    }

    @Test
    void refusesToStartForAFunctionNameItDoesNotKnow() throws Exception {
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--functions", "Bindings,Nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--functions Nope: the app has no such function"), err::toString);
    }

    @Test
    void showsDefaultKeysOnlyWhenAsked() throws Exception {
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1"));
        String plain = out.toString(StandardCharsets.UTF_8);
        String secured = started.app().secrets().keys(SecretStore.Scope.FUNCTION, "Secured").get("default")
                .orElseThrow().value();
        assertFalse(plain.contains("code="), "the banner shows no keys by default");
        started.close();
        out.reset();
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1", "--show-keys"));
        String banner = out.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("/api/Secured?code=" + secured + "\n"), banner);
        assertTrue(banner.contains("/api/AdminOnly?code=" + started.app().secrets().master().orElseThrow() + "\n"), banner);
        assertTrue(banner.contains("/api/Text\n"), "anonymous functions need no key: " + banner);
    }

    @Test
    void warnsLoudlyWhenKeysAreOff() throws Exception {
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1", "--no-auth"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("KEYS ARE DISABLED"), err::toString);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + started.port() + "/api/AdminOnly")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
    }

    @Test
    void encryptsKeysWithTheKeyFromTheEnvironment() throws Exception {
        environment = Map.of("FUNCTIONS_SECRETS_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1"));
        String master = started.app().secrets().master().orElseThrow();
        assertFalse(Files.readString(secrets.resolve("host.json")).contains(master));
        started.close();
        started = null;
        environment = Map.of("FUNCTIONS_SECRETS_KEY", Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("was encrypted with the key"), err::toString);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains(master));
    }

    @Test
    void picksUpAKeyAddedByAnotherInstance() throws Exception {
        assertEquals(0, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--host", "127.0.0.1"));
        SecretStore.open(secrets, null).put(SecretStore.Scope.HOST, null, "shared", "SharedValue_0123456789");
        URI secured = URI.create("http://127.0.0.1:" + started.port() + "/api/Secured");
        HttpClient client = HttpClient.newHttpClient();
        int status = 0;
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline && status != 200; ) {
            status = client.send(HttpRequest.newBuilder(secured).header("x-functions-key", "SharedValue_0123456789").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        assertEquals(200, status, "the watcher reloads the store within a few seconds");
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
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'http.routePrefix' is 7; it must be a string"), err::toString);
    }

    /** Issue 14.8: values that used to end in an overflow's stack trace exit 1 with one line. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"functionTimeout\": \"999999999999999999.00:00:00\"}",
            "{\"functionTimeout\": \"9999999999999999999.00:00:00\"}",
            "{\"functions4j\": {\"dynamicThrottles\": {\"sampleInterval\": \"00:00:00.0000001\"}}}"})
    void exitsWith1ForAValueOutOfRange(String json, @TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("host.json"), json);
        assertEquals(1, run("--classpath", testClasses().toString(), "--packages", "org.functions4j.server.testapp",
                "--port", "0", "--config", config.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("functions-server: cannot start: " + config + ": '"), message);
        assertTrue(message.contains("; it must be a time span from "), message);
        assertEquals(1, message.strip().lines().count(), message);
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
