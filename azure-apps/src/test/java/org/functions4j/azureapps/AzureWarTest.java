package org.functions4j.azureapps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.functions4j.server.InProcessWar;
import org.functions4j.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Azure sample app as a WAR would carry it: its classes in WEB-INF/classes and Azure's library
 * and core library in WEB-INF/lib, loaded child first by the web app, found by the runtime's
 * initializer and served under the context path.
 */
class AzureWarTest {
    private static Server war;

    @BeforeAll
    static void deploy() throws Exception {
        ClassLoader webApp = InProcessWar.webAppOf(com.functions.Function.class, "com.functions",
                jarOf(FunctionName.class), jarOf(HttpRequestMessage.class));
        war = InProcessWar.deploy(webApp, TestServers.newSecretsDirectory().toString());
    }

    @AfterAll
    static void undeploy() throws Exception {
        war.stop();
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The sample README's curl lines, under the WAR's context path. method | path | body | status | body */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GET  | /shop/api/HttpExample?name=HTTP%20Query | ``        | 200 | Hello, HTTP Query
            POST | /shop/api/HttpExample                   | HTTP Body | 200 | Hello, HTTP Body
            GET  | /shop/api/HttpExample                   | ``        | 400 | Please pass a name on the query string or in the request body
            """)
    void servesTheSampleAsAWar(String method, String path, String body, int status, String expected) throws Exception {
        String response = InProcessWar.send(war, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        assertEquals(expected, response.substring(response.indexOf("\r\n\r\n") + 4));
    }
}
