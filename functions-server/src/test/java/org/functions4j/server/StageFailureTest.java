package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.KeyAuthorizer;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.auth.StoreKeyAuthorizer;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.hardapp.HardeningFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14.1: a failure at any stage of a request (routing, key check, webhook check, body read,
 * binding, the function, result mapping, response writing, asynchronous completion) gets an answer
 * from the error contract at once, names nothing internal, and leaves the concurrency gate empty.
 */
class StageFailureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        HostConfig config = HostConfig.parse("""
                {"http": {"maxConcurrentRequests": 2, "maxOutstandingRequests": 4},
                 "functions4j": {"limits": {"maxUrlBytes": 8000}}}""", "host.json");
        ClassLoader loader = StageFailureTest.class.getClassLoader();
        FunctionCatalog catalog = FunctionCatalog.of(List.of(HardeningFunctions.class), config.routePrefix());
        SecretStore store = SecretStore.open(TestServers.newSecretsDirectory(), null);
        store.ensureKeys(catalog.functions().stream().map(FunctionDefinition::name).toList());
        KeyAuthorizer keys = new StoreKeyAuthorizer(store);
        KeyAuthorizer exploding = (level, function, key) -> {
            if ("explode".equals(key)) {
                throw new IllegalStateException("key check exploded: internal detail");
            }
            return keys.decide(level, function, key);
        };
        FunctionApp app = FunctionApp.create(catalog, config, InstanceProviders.forEmbedded(loader), store, exploding);
        server = FunctionsServer.start(app, "127.0.0.1", 0, loader);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void gateIsEmpty() throws InterruptedException {
        // The slot is given back before the answer is written; the invocation's deadline is dropped just after.
        assertArrayEquals(new int[] {0, 0}, server.app().gate().counts(), "the gate is back at zero");
        Await.until("no invocation is left running", () -> server.app().timeouts().watching() == 0);
    }

    private static void assertInternalError(HttpExchange response) throws Exception {
        assertEquals(500, response.status(), response::text);
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("error").asText().contains("see the host log"), response::text);
        assertTrue(body.hasNonNull("invocationId"), response::text);
        assertFalse(response.text().contains("internal detail") || response.text().contains("Exception")
                || response.text().contains("Error") || response.text().contains("java."), response::text);
    }

    /** stage | method | target | key sent, or '-' | body, or '-' */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            key check                 | GET  | /api/Keyed             | explode | -
            binding                   | POST | /api/BindingFails      | -       | {"x":"y"}
            the function              | POST | /api/FunctionFails     | -       | x
            result mapping            | POST | /api/MappingFails      | -       | -
            response writing          | POST | /api/WritingFails      | -       | x
            asynchronous mapping      | POST | /api/AsyncMappingFails | -       | -
            asynchronous stage        | POST | /api/AsyncStageFails   | -       | -
            """)
    void answers500AndReleasesTheSlot(String stage, String method, String target, String key, String body)
            throws Exception {
        Request request = Request.of(method, target);
        if (!key.equals("-")) {
            request = request.header("x-functions-key", key);
        }
        if (!body.equals("-")) {
            request = request.body(body);
        }
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.pipeline")) {
            for (int i = 0; i < 6; i++) { // more than maxOutstandingRequests: a leaked slot would show as 429
                assertInternalError(Transport.inMemory(server).send(request));
            }
            assertTrue(logs.texts().stream().anyMatch(t -> t.contains("invocation")), logs.texts()::toString);
        }
    }

    @Test
    void routing() throws Exception {
        // A regular expression that recurses once per character overflows the stack while matching.
        String value = "ab".repeat(3_500);
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.pipeline")) {
            assertInternalError(Transport.inMemory(server).send(Request.of("GET", "/api/pattern/" + value)));
        }
        assertEquals(200, Transport.inMemory(server).send(Request.of("GET", "/api/pattern/abab")).status());
    }

    /** A body cut short: Content-Length says more than the client sends before it stops sending. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            body read     | /api/Text          | 400 | {"error":"The request body could not be read."
            webhook check | /api/Alert?code=x  | 400 | {"Message":"The request body could not be read."}
            """)
    void aBodyCutShortIsAnswered400(String stage, String target, int status, String body) throws Exception {
        try (RawHttp http = new RawHttp(server.port())) {
            http.write("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"text\":");
            http.shutdownOutput();
            String response = http.readResponse();
            assertEquals(status, RawHttp.status(response), response);
            assertTrue(response.contains(body), response);
        }
    }

    @Test
    void theHostAnswersNormallyAfterwards() throws Exception {
        HttpExchange echo = Transport.inMemory(server).send(Request.of("POST", "/api/Echo")
                .header("Content-Type", "application/json").body("{\"text\":\"hi\",\"count\":2}"));
        assertEquals(200, echo.status());
        assertEquals("{\"text\":\"hi\",\"count\":2}", new String(echo.body(), StandardCharsets.UTF_8));
    }
}
