package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /admin/metrics and the OpenAPI document in a WAR, as embedded: the same pipeline stages answer them
 * under the web app's context path.
 */
class WarEndpointsTest {
    @TempDir
    Path dir;

    @Test
    void aWarServesItsMetrics() throws Exception {
        Server server = deploy("{\"functions4j\": {\"metrics\": {\"enabled\": true, \"open\": true}}}");
        try {
            String call = InProcessWar.send(server, "GET /shop/api/Switched HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(call.startsWith("HTTP/1.1 200"), call);
            String[] scrape = new String[1];
            // The servlet adapter sends the response before the request lands (where it is counted): wait a moment.
            Await.until("the call is counted", () -> {
                try {
                    scrape[0] = InProcessWar.send(server,
                            "GET /shop/admin/metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return scrape[0].contains("functions_requests_seconds_count{function=\"Switched\",status=\"200\"} 1");
            });
            assertTrue(scrape[0].startsWith("HTTP/1.1 200"), scrape[0]);
        } finally {
            server.stop();
        }
    }

    @Test
    void aWarServesItsOpenApiDocument() throws Exception {
        Server server = deploy("{\"functions4j\": {\"openapi\": {\"enabled\": true, \"open\": true}}}");
        try {
            String document = InProcessWar.send(server,
                    "GET /shop/api/openapi.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(document.startsWith("HTTP/1.1 200"), document);
            assertTrue(document.contains("\"/api/setting/{name}\""), document);
            String page = InProcessWar.send(server,
                    "GET /shop/api/swagger-ui/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(page.startsWith("HTTP/1.1 200") && page.contains("swagger-ui-bundle.js"), page);
        } finally {
            server.stop();
        }
    }

    /** The env app as a WAR with this host.json (functions4j.config). */
    private Server deploy(String hostJson) throws Exception {
        Path file = Files.writeString(dir.resolve("host.json"), hostJson);
        return InProcessWar.deploy(InProcessWar.webAppOf(WarEndpointsTest.class, "org.functions4j.server.envapp"),
                dir.resolve("secrets").toString(), context -> context.setInitParameter("functions4j.config", file.toString()));
    }
}
