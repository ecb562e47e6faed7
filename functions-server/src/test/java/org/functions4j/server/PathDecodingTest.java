package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpTester;
import org.functions4j.runtime.auth.SecretStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request paths through the embedded server, in memory and over a real socket, decoded as Kestrel
 * decodes them for the Azure host (issue 16.1 and 16.2), and never letting {@code ..}, {@code %2F}
 * or {@code %5C} reach past the route prefix.
 */
class PathDecodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FunctionsServer server;
    private static String master;
    private static String securedKey;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.startTestFunctions();
        master = server.app().secrets().master().orElseThrow();
        securedKey = server.app().secrets().keys(SecretStore.Scope.FUNCTION, "Secured").get("default").orElseThrow().value();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpTester.Response send(boolean socket, String path, String key) throws Exception {
        String raw = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + (key == null ? "" : "x-functions-key: " + key + "\r\n") + "\r\n";
        if (!socket) {
            return HttpTester.parseResponse(server.localConnector().getResponse(raw));
        }
        try (RawHttp http = new RawHttp(server.port())) {
            http.write(raw);
            return HttpTester.parseResponse(http.readResponse());
        }
    }

    /**
     * path | status | the catch-all value the function sees ('-' when no function ran) | source.
     * "request/{*rest}" is an anonymous function that echoes its route values.
     */
    @ParameterizedTest(name = "[{index}] {0} (socket: {4})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /api/request/a/b/c//      | 200 | a/b/c/          | TryMatch_CatchAllParameters_WithEmptyValuesAtTheEnd (one trailing slash dropped, see deviations) | false
            /api/request/a%25b        | 200 | a%b             | UrlDecoderTests PathTestData /a%25b                | false
            /api/request/a%5Cb        | 200 | a\\b            | %5C is a character                                 | false
            /api/request/a%2Fb        | 200 | a%2Fb           | UrlDecoderTests PathTestData /api/a%2Fb            | false
            /api/request/%C3%C3%A1    | 200 | %C3á            | UrlDecoderTests PathTestData /%C3%C3%A1            | false
            /api/request/a/../b       | 200 | b               | PathNormalizerTests /a/../b                        | false
            /api/request/a/%2e%2e/x   | 200 | x               | decoded dots are dot segments                      | false
            /api/request/x%20         | 200 | `x `            | issue 16.4                                         | false
            /api//request/x           | 404 | -               | an empty segment matches no literal                | false
            /api/request/%1           | 400 | -               | Jetty refuses a malformed escape before routing (deviation) | false
            /../api/request/x         | 400 | -               | Jetty refuses a path above the root (deviation)    | false
            /api/request/a%00b        | 400 | -               | UrlDecoderTests StringInputNullCharDecodeInPlaceThrows | false
            /api/request/a/b/c//      | 200 | a/b/c/          | over a socket                                      | true
            /api/request/a%25b        | 200 | a%b             | over a socket                                      | true
            /api/request/a%5Cb        | 200 | a\\b            | over a socket                                      | true
            /api/request/a/../b       | 200 | b               | over a socket                                      | true
            /api/request/%1           | 400 | -               | over a socket                                      | true
            """)
    void decodesAsKestrel(String path, int status, String rest, String source, boolean socket) throws Exception {
        HttpTester.Response response = send(socket, path, null);
        assertEquals(status, response.getStatus(), response.getContent());
        if (!rest.equals("-")) {
            JsonNode body = JSON.readTree(response.getContentBytes());
            assertEquals(rest.replace("\\\\", "\\"), body.path("routeValues").path("rest").asText());
        } else if (status == 400) {
            assertEquals("{\"error\":\"Bad Request\"}", response.getContent(), "the error contract's JSON, not HTML");
        }
    }

    /**
     * Attempts to climb out of a function's route. None reaches anything the same request without
     * the trick would not reach: a normalized path is the path it names (its own key check applies),
     * and %2F / %5C never become separators. path | key | status | what answered
     */
    @ParameterizedTest(name = "[{index}] {0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/request/..%2F..%2Fadmin/host/keys     | master  | 200 | function
            /api/request/..%5C..%5Cadmin/host/keys     | master  | 200 | function
            /api/request/%2e%2e%2F%2e%2e%2Fadmin/host/keys | master | 200 | function
            /api/request/../../admin/host/keys         | none    | 401 | admin
            /api/request/%2e%2e/%2e%2e/admin/host/keys | secured | 403 | admin
            /api/request/../secured                    | none    | 401 | secured
            /api/request/../secured                    | secured | 200 | secured
            /api/secured/..%2Frequest/x                | none    | 404 | nothing
            /api/request/../../secrets/host.json       | master  | 404 | nothing
            """)
    void neverClimbsOutOfTheRoute(String path, String key, int status, String answered) throws Exception {
        String value = switch (key) {
            case "master" -> master;
            case "secured" -> securedKey;
            default -> null;
        };
        for (boolean socket : new boolean[] {false, true}) {
            HttpTester.Response response = send(socket, path, value);
            assertEquals(status, response.getStatus(), path + ": " + response.getContent());
            String body = new String(response.getContentBytes() == null ? new byte[0] : response.getContentBytes(),
                    StandardCharsets.UTF_8);
            switch (answered) {
                case "function" -> { // the function echoes the request's own headers, key included
                    JsonNode json = JSON.readTree(body);
                    assertEquals("Request", json.get("function").asText(), body);
                    assertTrue(json.path("routeValues").path("rest").asText().contains("admin"), body);
                }
                case "admin", "nothing" -> assertFalse(body.contains(master) || body.contains("\"keys\""),
                        "no key is served: " + body);
                case "secured" -> assertTrue(status != 200 || body.equals("ok"), body);
                default -> { }
            }
        }
    }
}
