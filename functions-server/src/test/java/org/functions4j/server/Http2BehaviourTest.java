package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The behaviour suite over HTTPS and HTTP/2 (ALPN), with the JDK's HttpClient, as {@code --useHttps} serves. */
class Http2BehaviourTest extends BehaviourSuite {
    private static FunctionsServer server;
    private static HttpClient client;
    private static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        TlsCertificate certificate = TestCertificates.localhost();
        server = TestServers.start(List.of(TestFunctions.class), HostConfig.DEFAULTS, certificate);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .sslContext(TestCertificates.trusting(certificate)).build();
        baseUrl = "https://127.0.0.1:" + server.port();
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/request/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, first.version(), "the suite must run over HTTP/2");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected Transport transport() {
        return Transport.socket(baseUrl, client, Duration.ofSeconds(10));
    }
}
