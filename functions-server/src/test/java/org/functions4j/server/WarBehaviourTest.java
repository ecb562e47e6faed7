package org.functions4j.server;

import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The behaviour suite through the WAR front door: the test functions as a web app under
 * {@code /shop} in an in-process Jetty, started by the runtime's {@code ServletContainerInitializer}.
 */
class WarBehaviourTest extends BehaviourSuite {
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        server = InProcessWar.deploy(InProcessWar.webAppOf(WarBehaviourTest.class, "org.functions4j.server.testapp"),
                TestServers.newSecretsDirectory().toString());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Override
    protected boolean isWar() {
        return true;
    }

    @Override
    protected Transport transport() {
        return Transport.inMemory(server.getBean(LocalConnector.class), "/shop");
    }
}
