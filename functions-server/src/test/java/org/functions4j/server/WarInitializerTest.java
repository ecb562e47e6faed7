package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/** The WAR front door, in an in-process Jetty context: what a servlet container does with it. */
class WarInitializerTest {

    private static Server deploy(ClassLoader webApp, String secrets) throws Exception {
        return InProcessWar.deploy(webApp, secrets);
    }

    private static Server deploy(ClassLoader webApp, String secrets,
                                 java.util.function.Consumer<ServletContextHandler> customize) throws Exception {
        return InProcessWar.deploy(webApp, secrets, customize);
    }

    private static ClassLoader webAppOf(String pkg) throws Exception {
        return InProcessWar.webAppOf(WarInitializerTest.class, pkg);
    }

    @Test
    void servesTheFunctionsUnderTheContextPathAndRoutePrefix() throws Exception {
        Server server = deploy(webAppOf("org.functions4j.server.testapp"), TestServers.newSecretsDirectory().toString());
        try {
            LocalConnector connector = server.getBean(LocalConnector.class);
            String response = connector.getResponse("GET /shop/api/items/old HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.endsWith("item old"), response);
            String outside = connector.getResponse("GET /shop/other HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(outside.startsWith("HTTP/1.1 404"), "only /api/* belongs to the functions in a WAR: " + outside);
        } finally {
            server.stop();
        }
    }

    @Test
    void invalidFunctionsFailTheDeploymentNamingClassAndMethod() throws Exception {
        Exception e = assertThrows(Exception.class, () -> {
            Server server = deploy(webAppOf("org.functions4j.server.invalidapp"), TestServers.newSecretsDirectory().toString());
            server.stop();
        });
        Throwable cause = e;
        StringBuilder messages = new StringBuilder();
        while (cause != null) {
            messages.append(cause.getMessage()).append('\n');
            cause = cause.getCause();
        }
        assertTrue(messages.toString().contains("Functions4J cannot start /shop"), messages::toString);
        assertTrue(messages.toString().contains("org.functions4j.server.invalidapp.Broken.run (function 'Broken')"),
                messages::toString);
        assertEquals(true, messages.toString().contains("no parameter has @HttpTrigger"));
    }

    /** Issue 14.1 and 18: a user's filter that is not async-supported makes startAsync throw; each call is a 500, none hangs. */
    @Test
    void aUsersFilterThatIsNotAsyncSupportedGetsA500NotAHang(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("host.json"),
                "{\"http\": {\"maxConcurrentRequests\": 1, \"maxOutstandingRequests\": 1}}");
        Server server = deploy(webAppOf("org.functions4j.server.testapp"), TestServers.newSecretsDirectory().toString(),
                context -> {
                    context.setInitParameter("functions4j.config", config.toString());
                    jakarta.servlet.Filter plain = (request, response, chain) -> chain.doFilter(request, response);
                    org.eclipse.jetty.ee10.servlet.FilterHolder holder = new org.eclipse.jetty.ee10.servlet.FilterHolder(plain);
                    holder.setAsyncSupported(false);
                    context.addFilter(holder, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                });
        try {
            LocalConnector connector = server.getBean(LocalConnector.class);
            for (int i = 0; i < 3; i++) { // over maxOutstandingRequests: a leaked slot would make these 429s
                String response = connector.getResponse(
                        "GET /shop/api/items/old HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                assertTrue(response.startsWith("HTTP/1.1 500"), response);
                assertTrue(response.contains("\"error\":\"The host failed to handle the request; see the host log"),
                        response);
            }
        } finally {
            server.stop();
        }
    }
}
