package org.functions4j.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The behaviour suite through Jetty's {@code LocalConnector}: raw HTTP, no socket. */
class InMemoryBehaviourTest extends BehaviourSuite {
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.startTestFunctions();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    protected Transport transport() {
        return Transport.inMemory(server);
    }
}
