package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.functions4j.server.envapp.EnvFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * local.settings.json's values reach {@code System.getenv} of the functions: the server, started
 * as a user starts it in the app's folder, runs itself again in a JVM whose environment has them.
 */
class LocalSettingsProcessTest {
    @TempDir
    Path folder;

    @Test
    void valuesAreTheFunctionsEnvironmentAndTheRealEnvironmentWins() throws Exception {
        Files.writeString(folder.resolve("local.settings.json"), """
                {
                  "IsEncrypted": false,
                  "Values": {
                    "F4J_GREETING": "hello from local.settings.json",
                    "F4J_KEPT": "value-from-file-7f3a",
                    "AzureWebJobs.Switched.Disabled": "true"
                  },
                  "ConnectionStrings": {"Sql": "Server=db;Database=app"}
                }
                """);
        ProcessBuilder command = server();
        command.environment().put("F4J_KEPT", "from the real environment");
        command.environment().remove("F4J_GREETING");
        try (StandaloneProcess server = StandaloneProcess.start(command)) {
            assertEquals(200, get(server, "/api/setting/F4J_GREETING").statusCode());
            assertEquals("hello from local.settings.json", get(server, "/api/setting/F4J_GREETING").body());
            assertEquals("from the real environment", get(server, "/api/setting/F4J_KEPT").body());
            assertEquals("Server=db;Database=app", get(server, "/api/setting/ConnectionStrings:Sql").body());
            assertEquals(404, get(server, "/api/Switched").statusCode(), "AzureWebJobs.Switched.Disabled from Values");
            assertTrue(server.banner().contains("Switched: not served"), server.banner());
            assertTrue(server.banner().contains("Skipping 'F4J_KEPT' from local settings as it's already defined"),
                    server.banner());
            assertFalse(server.banner().contains("value-from-file-7f3a"), "values are never printed");
            assertEquals(1, server.process().descendants().count(), "the server runs in a child JVM");
            ProcessHandle child = server.process().descendants().findFirst().orElseThrow();

            server.close(); // stopping the parent stops the child
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive());
            ConnectException refused = null;
            try {
                get(server, "/api/Switched");
            } catch (ConnectException e) {
                refused = e;
            }
            assertTrue(refused != null, "nothing listens any more");
        }
    }

    @Test
    void withoutValuesToAddTheServerRunsInTheJvmStarted() throws Exception {
        Files.writeString(folder.resolve("local.settings.json"), "{\"Host\": {\"CORS\": \"*\"}}");
        try (StandaloneProcess server = StandaloneProcess.start(server())) {
            assertEquals("on", get(server, "/api/Switched").body(), server.banner());
            assertEquals(0, server.process().descendants().count());
        }
    }

    /** The server as a user starts it in the app's folder: java, the server's class path, the app's classes. */
    private ProcessBuilder server() throws Exception {
        Path appClasses = TestServers.classesOf(EnvFunctions.class);
        return new ProcessBuilder(ServerProcess.command(List.of(), List.of(Path.of(System.getProperty("java.class.path"))),
                List.of("--classpath", appClasses.toString(), "--packages", "org.functions4j.server.envapp",
                        "--port", "0", "--host", "127.0.0.1"))).directory(folder.toFile());
    }

    private static HttpResponse<String> get(StandaloneProcess server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
