package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.functions4j.server.envapp.EnvFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swagger UI, served by --openapi, renders the app's operations in a real browser (headless Chromium). */
class SwaggerUiBrowserTest {
    @TempDir
    Path dir;

    @Test
    void swaggerUiShowsTheOperations() throws Exception {
        Chromium.find();
        Path appClasses = TestServers.classesOf(EnvFunctions.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        FunctionsServer.Launch launch = FunctionsServer.launch(new String[] {"--openapi", "--classpath",
            appClasses.toString(), "--packages", "org.functions4j.server.envapp", "--port", "0", "--host", "127.0.0.1",
            "--secrets", dir.resolve("secrets").toString()}, Map.of(), print, print);
        try (FunctionsServer server = launch.server()) {
            assertEquals(0, launch.status(), out::toString);
            String dom = Chromium.dumpDom("http://127.0.0.1:" + server.port() + "/api/swagger-ui/", dir);
            assertTrue(dom.contains("opblock-summary-path") && dom.contains("/api/setting/{name}")
                    && dom.contains("/api/Switched"), "Swagger UI rendered no operations:\n" + dom);
        }
    }
}
