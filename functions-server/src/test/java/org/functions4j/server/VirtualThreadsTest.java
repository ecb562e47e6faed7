package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.envapp.EnvFunctions;
import org.junit.jupiter.api.Test;

/** functions4j.server.virtualThreads: on JDK 21 and later, functions run on virtual threads; else on the pool. */
class VirtualThreadsTest {
    @Test
    void functionsRunOnVirtualThreadsWhenAsked() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21 (CI's second run is on 25)");
        assertEquals("virtual", threadKind("{\"functions4j\": {\"server\": {\"virtualThreads\": true}}}"));
        assertEquals("platform", threadKind("{}"));
    }

    @Test
    void beforeJdk21TheSettingIsIgnoredWithAWarning() throws Exception {
        assumeTrue(Runtime.version().feature() < 21);
        assertEquals("platform", threadKind("{\"functions4j\": {\"server\": {\"virtualThreads\": true}}}"));
    }

    private static String threadKind(String hostJson) throws Exception {
        try (FunctionsServer server = TestServers.start(List.of(EnvFunctions.class), HostConfig.parse(hostJson, "host.json"))) {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/ThreadKind")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
