package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behind a proxy: every header Jetty's ForwardedRequestCustomizer reads still reaches it (the URL a
 * function sees is the client's), in any case, and a request without one is left as sent.
 */
class ForwardedHeadersTest extends ServerPerTest {
    @Override
    protected List<Class<?>> functions() {
        return List.of(TestFunctions.class);
    }

    static Stream<Arguments> proxied() {
        return Stream.of(
                Arguments.of("none", "X-Test", "1", "http://example.com/api/request/x"),
                Arguments.of("proto", "X-Forwarded-Proto", "https", "https://example.com/api/request/x"),
                Arguments.of("proto, lower case", "x-forwarded-proto", "https", "https://example.com/api/request/x"),
                Arguments.of("host", "X-Forwarded-Host", "front.example", "http://front.example/api/request/x"),
                Arguments.of("host and port", "X-Forwarded-Host", "front.example:8080", "http://front.example:8080/api/request/x"),
                Arguments.of("server", "X-Forwarded-Server", "edge.example", "http://edge.example/api/request/x"),
                Arguments.of("port", "X-Forwarded-Port", "8443", "http://example.com:8443/api/request/x"),
                Arguments.of("RFC 7239", "Forwarded", "for=192.0.2.60;proto=https;host=front.example",
                        "https://front.example/api/request/x"),
                Arguments.of("RFC 7239, upper case", "FORWARDED", "proto=https", "https://example.com/api/request/x"),
                Arguments.of("X-Proxied-Https", "X-Proxied-Https", "on", "https://example.com/api/request/x"),
                Arguments.of("Proxy-Ssl-Id", "Proxy-Ssl-Id", "0123", "https://example.com/api/request/x"),
                Arguments.of("Proxy-auth-cert", "proxy-auth-cert", "MIIB", "https://example.com/api/request/x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proxied")
    void theUrlIsTheOneTheProxyReports(String row, String header, String value, String expected) throws Exception {
        if (server == null) {
            start("{}");
        }
        HttpExchange answer = send(Request.of("GET", "/api/request/x").header("Host", "example.com").header(header, value));
        assertEquals(200, answer.status(), answer.text());
        assertEquals(expected, JSON.readTree(answer.body()).get("uri").asText(), row);
    }
}
