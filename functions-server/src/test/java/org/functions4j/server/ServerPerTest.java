package org.functions4j.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.hostapp.HostFunctions;
import org.junit.jupiter.api.AfterEach;

/** A server per test, started with the test's host.json and stopped after it (blocked functions released). */
abstract class ServerPerTest {
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected FunctionsServer server;

    /** The function classes the server runs. */
    protected abstract List<Class<?>> functions();

    @AfterEach
    void stop() {
        HostFunctions.release.countDown();
        if (server != null) {
            server.close();
        }
    }

    protected FunctionsServer start(String hostJson) throws Exception {
        server = TestServers.start(functions(), HostConfig.parse(hostJson, "host.json"));
        return server;
    }

    protected HttpExchange send(Request request) throws Exception {
        return Transport.inMemory(server).send(request);
    }

    protected CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
