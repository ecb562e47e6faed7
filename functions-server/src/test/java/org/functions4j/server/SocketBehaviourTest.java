package org.functions4j.server;

import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The behaviour suite over a real socket on loopback, with the JDK's HttpClient. */
class SocketBehaviourTest extends BehaviourSuite {
    private static FunctionsServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.startTestFunctions();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    protected Transport transport() {
        return Transport.socket(server, client);
    }
}
