package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.HttpExchange.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every authorization level against every kind of key, sent in the header and in the query. */
class KeyMatrixTest {
    private static FunctionsServer server;
    private static Map<String, String> keys;
    private static LogCapture logs;

    @BeforeAll
    static void start() throws Exception {
        logs = LogCapture.of("");
        server = TestServers.startTestFunctions();
        SecretStore store = server.app().secrets();
        store.put(SecretStore.Scope.SYSTEM, null, "extension", "SystemKey_0123456789abcdef");
        keys = Map.of(
                "master", store.master().orElseThrow(),
                "host", store.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value(),
                "own", store.keys(SecretStore.Scope.FUNCTION, "Secured").get("default").orElseThrow().value(),
                "adminOnlyOwn", store.keys(SecretStore.Scope.FUNCTION, "AdminOnly").get("default").orElseThrow().value(),
                "system", "SystemKey_0123456789abcdef",
                "wrong", "WrongKey_0123456789abcdefghijklmnopqrstuvwxyz0123456789",
                "truncated", store.master().orElseThrow().substring(1));
    }

    @AfterAll
    static void stop() {
        server.close();
        logs.close();
    }

    private static HttpExchange call(String function, String key, String via) throws Exception {
        Request request = Request.of("GET", "/api/" + function);
        if (key != null && via.equals("query")) {
            request = Request.of("GET", "/api/" + function + "?code=" + keys.get(key));
        } else if (key != null) {
            request = request.header("x-functions-key", keys.get(key));
        }
        return Transport.inMemory(server).send(request);
    }

    /** function | key kind ("-" for none) | status, for both header and query */
    @ParameterizedTest(name = "{0} with {1} key -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Secured   | master       | 200
            Secured   | host         | 200
            Secured   | own          | 200
            Secured   | adminOnlyOwn | 401
            Secured   | system       | 401
            Secured   | wrong        | 401
            Secured   | truncated    | 401
            Secured   | -            | 401
            AdminOnly | master       | 200
            AdminOnly | host         | 401
            AdminOnly | adminOnlyOwn | 401
            AdminOnly | own          | 401
            AdminOnly | system       | 401
            AdminOnly | wrong        | 401
            AdminOnly | -            | 401
            Text      | wrong        | 200
            Text      | -            | 200
            """)
    void authorizesByLevelAndKeyKind(String function, String key, int status) throws Exception {
        for (String via : List.of("header", "query")) {
            HttpExchange response = call(function, key.equals("-") ? null : key, via);
            assertEquals(status, response.status(), via);
            if (status == 401) {
                assertEquals(0, response.body().length, "a 401 says nothing");
            }
        }
    }

    @Test
    void theHeaderWinsOverTheQuery() throws Exception {
        Transport transport = Transport.inMemory(server);
        assertEquals(401, transport.send(Request.of("GET", "/api/secured?code=" + keys.get("own"))
                .header("x-functions-key", keys.get("wrong"))).status());
        assertEquals(200, transport.send(Request.of("GET", "/api/secured?code=" + keys.get("wrong"))
                .header("x-functions-key", keys.get("own"))).status());
    }

    @Test
    void anEncodedKeyInTheQueryIsDecoded() throws Exception {
        String encoded = keys.get("own").replace("-", "%2D").replace("_", "%5F");
        assertEquals(200, Transport.inMemory(server).send(Request.of("GET", "/api/secured?code=" + encoded)).status());
    }

    @Test
    void noKeyValueReachesTheLog() throws Exception {
        for (String key : keys.keySet()) {
            call("Secured", key, "query");
            call("Throws", key, "query");
        }
        assertFalse(logs.texts().isEmpty(), "the failures were logged");
        for (String text : logs.texts()) {
            for (String value : keys.values()) {
                assertFalse(text.contains(value), () -> "a key in the log: " + text);
            }
        }
    }
}
