package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContainerInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.functions4j.runtime.auth.SecretStore;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.4: two WARs in one container, each with its own copy of the runtime (so each its own
 * static lock map), share one secrets directory and write keys at the same time. The JDK refuses
 * a second file lock in one JVM with OverlappingFileLockException rather than waiting; every write
 * must still succeed and none be lost.
 */
class TwoWebAppsOneSecretsDirectoryTest {
    private static final int KEYS_PER_APP = 30;

    @Test
    void bothAppsWriteKeysAtOnceAndNoneIsLost() throws Exception {
        Path secrets = TestServers.newSecretsDirectory();
        Path runtime = TestServers.classesOf(SecretStore.class);
        Server server = new Server();
        LocalConnector connector = new LocalConnector(server);
        server.addConnector(connector);
        List<ServletContextHandler> apps = new ArrayList<>();
        for (String name : List.of("/one", "/two")) {
            ClassLoader loader = InProcessWar.webAppOf(getClass(), "org.functions4j.server.testapp", runtime);
            ServletContextHandler context = new ServletContextHandler(name);
            context.setClassLoader(loader);
            context.setInitParameter("functions4j.secrets", secrets.toString());
            // The initializer of the web app's own copy of the runtime, as the container would find it.
            Class<?> initializer = loader.loadClass("org.functions4j.runtime.servlet.FunctionsServletContainerInitializer");
            assertTrue(initializer.getClassLoader() == loader, "each web app has its own runtime classes");
            context.addServletContainerInitializer((ServletContainerInitializer) initializer.getConstructor().newInstance());
            apps.add(context);
        }
        server.setHandler(new Handler.Sequence(apps.toArray(Handler[]::new)));
        server.start();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            String master = SecretStore.open(secrets, null).master().orElseThrow();
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < KEYS_PER_APP; i++) {
                for (String app : List.of("one", "two")) {
                    String key = app + "-" + i;
                    answers.add(pool.submit(() -> connector.getResponse("POST /" + app + "/admin/host/keys/" + key
                            + " HTTP/1.1\r\nHost: localhost\r\nx-functions-key: " + master
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")));
                }
            }
            for (Future<String> answer : answers) {
                String response = answer.get();
                assertTrue(response.startsWith("HTTP/1.1 201"), response);
            }
            JsonNode hostKeys = new ObjectMapper().readTree(Files.readString(secrets.resolve("host.json")))
                    .get("functionKeys");
            List<String> names = new ArrayList<>();
            hostKeys.forEach(key -> names.add(key.get("name").asText()));
            for (int i = 0; i < KEYS_PER_APP; i++) {
                assertTrue(names.contains("one-" + i) && names.contains("two-" + i), "lost a key: " + names);
            }
            assertEquals(2 * KEYS_PER_APP + 1, names.size(), names::toString); // and "default"
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }
}
