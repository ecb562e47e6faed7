package org.functions4j.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The same tests through the embedded server on a free loopback port. */
@FunctionsTest(packages = "org.functions4j.test.fixtures", socket = true)
class SocketKitTest extends InMemoryKitTest {
    @Test
    void servesOnALoopbackPort(FunctionsClient client) {
        assertTrue(client.baseUri().toString().startsWith("http://127.0.0.1:"), client.baseUri()::toString);
    }
}
