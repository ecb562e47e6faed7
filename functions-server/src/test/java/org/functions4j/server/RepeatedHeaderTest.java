package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A header sent twice reaches the function as the Azure host passes it: one value, joined with
 * "," and no space (ASP.NET Core's StringValues.ToString in the host's ToRpcHttp).
 */
class RepeatedHeaderTest {
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.startTestFunctions();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void joinsTheValuesOfARepeatedHeaderWithAComma() throws Exception {
        String raw = "GET /api/request/x HTTP/1.1\r\nHost: localhost\r\nX-Test: a\r\nX-Test: b\r\n"
                + "Connection: close\r\n\r\n";
        HttpTester.Response response = HttpTester.parseResponse(server.localConnector().getResponse(raw));
        JsonNode body = new ObjectMapper().readTree(response.getContentBytes());
        assertEquals("a,b", body.get("header").asText());
    }
}
