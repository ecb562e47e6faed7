package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.hardapp.HardeningFunctions;
import org.functions4j.server.hostapp.HostFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: the attacks that did not hold, each through the real server, each with its documented answer. */
class HardeningTest extends ServerPerTest {
    @Override
    protected List<Class<?>> functions() {
        return List.of(HardeningFunctions.class, HostFunctions.class);
    }

    /** 14.1: an unknown or illegal charset is 415 at once, for JSON, text and webhooks, and holds no slot. */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/Echo            | nope-123 | 415 | error
            /api/Echo            | x@y      | 415 | error
            /api/Text            | nope-123 | 415 | error
            /api/Alert?code=KEY  | nope-123 | 415 | Message
            /api/Alert?code=KEY  | x@y      | 415 | Message
            """)
    void anUnknownCharsetIsAnswered415AtOnce(String target, String charset, int status, String field) throws Exception {
        start("""
                {"functionTimeout": "-1", "http": {"maxConcurrentRequests": 2, "maxOutstandingRequests": 3}}""");
        String key = server.app().secrets().keys(org.functions4j.runtime.auth.SecretStore.Scope.FUNCTION, "Alert")
                .get("default").orElseThrow().value();
        for (int i = 0; i < 10; i++) { // ten, over maxOutstandingRequests: a held slot would turn them into 429s
            HttpExchange response = send(Request.of("POST", target.replace("KEY", key))
                    .header("Content-Type", "application/json; charset=" + charset).body("{}"));
            assertEquals(status, response.status(), response::text);
            assertEquals("The charset '" + charset + "' of the request's Content-Type is not supported; send UTF-8.",
                    JSON.readTree(response.body()).get(field).asText());
        }
        assertArrayEquals(new int[] {0, 0}, server.app().gate().counts(), "each slot is free before its answer is sent");
        assertEquals(200, send(Request.of("POST", "/api/Text").body("ok")).status(), "still serving");
    }

    /** 14.2: a key sent as an encoded name is redacted like a plain one, on function and admin paths. */
    @Test
    void keysInEncodedParameterNamesAreRedacted() throws Exception {
        start("{\"functions4j\": {\"accessLog\": true}}");
        String master = server.app().secrets().master().orElseThrow();
        try (LogCapture logs = LogCapture.of("org.functions4j.access")) {
            send(Request.of("GET", "/api/Text?name=Ann&%63ode=" + master));
            send(Request.of("GET", "/api/Text?c%6Fde=" + master + "&CODE=" + master));
            send(Request.of("GET", "/admin/host/status?%63ode=" + master));
            Await.until("three lines are written", () -> logs.texts().size() >= 3);
            String all = String.join("\n", logs.texts());
            assertFalse(all.contains(master), all);
            assertTrue(all.contains("/api/Text?name=Ann&%63ode=***"), all);
            assertTrue(all.contains("/admin/host/status?%63ode=*** 200"), all);
        }
    }

    /** 14.3: moving host.json away, then creating a key, keeps the master key working. */
    @Test
    void aKeyWrittenAfterTheHostFileVanishedKeepsTheMasterKey() throws Exception {
        start("{}");
        String master = server.app().secrets().master().orElseThrow();
        Path secrets = server.app().secrets().directory();
        Files.move(secrets.resolve("host.json"), secrets.resolve("../host.json.moved"));
        HttpExchange created = send(Request.of("POST", "/admin/host/keys/ci").header("x-functions-key", master));
        assertEquals(201, created.status(), created::text);
        assertEquals(master, JSON.readTree(secrets.resolve("host.json").toFile()).path("masterKey").path("value").asText());
        assertEquals(200, send(Request.of("GET", "/admin/host/keys").header("x-functions-key", master)).status());
    }

    /** 14.4: a damaged keys file is a JSON 500 that names no class and no path; the detail is logged. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            invalid JSON | '{"keys": ['
            empty        | ''
            """)
    void aDamagedKeysFileIsAJson500WithoutInternals(String what, String content) throws Exception {
        start("{}");
        String master = server.app().secrets().master().orElseThrow();
        Path file = server.app().secrets().directory().resolve("keyed.json");
        Files.writeString(file, content);
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.pipeline")) {
            HttpExchange response = send(Request.of("POST", "/admin/functions/Keyed/keys/k")
                    .header("x-functions-key", master));
            assertEquals(500, response.status(), response::text);
            assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
            JsonNode body = JSON.readTree(response.body());
            assertTrue(body.get("error").asText().startsWith("The host failed to handle the request; see the host log"));
            assertFalse(response.text().contains("SecretsException") || response.text().contains(file.toString())
                    || response.text().contains("/"), response::text);
            assertTrue(logs.texts().stream().anyMatch(t -> t.contains(body.get("invocationId").asText())),
                    logs.texts()::toString);
        }
    }

    /** 14.9: a client that sends headers slowly is cut off after the timeout; others are served meanwhile. */
    @Test
    void closesAConnectionThatSendsItsHeadersTooSlowly() throws Exception {
        start("{\"functions4j\": {\"server\": {\"requestHeadersTimeout\": \"00:00:01\"}}}");
        try (RawHttp slow = new RawHttp(server.port())) {
            long start = System.nanoTime();
            slow.write("GET /api/Text HTTP/1.1\r\nHost: localhost\r\n");
            boolean closed = false;
            for (int i = 0; i < 100 && !closed; i++) {
                try {
                    slow.write("X-Slow-" + i + ": a\r\n"); // a line every 100 ms: the idle timeout never fires
                    Thread.sleep(100);
                    if (i == 3) {
                        HttpResponse<String> other = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/Text")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, other.statusCode(), "normal traffic is served meanwhile");
                    }
                } catch (IOException e) {
                    closed = true;
                }
                closed |= slow.isClosedByPeer();
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(closed, "the slow connection was closed");
            assertTrue(millis >= 1_000 && millis < 4_000, "closed after the timeout: " + millis + " ms");
        }
    }

    /** 14.9: the listen backlog and the idle timeout reach the connector. */
    @Test
    void configuresTheBacklogAndIdleTimeout() throws Exception {
        start("{}");
        assertEquals(4_096, server.connector().getAcceptQueueSize());
        assertEquals(30_000, server.connector().getIdleTimeout());
        server.close();
        start("{\"functions4j\": {\"server\": {\"acceptQueueSize\": 100, \"idleTimeout\": \"00:02:00\"}}}");
        assertEquals(100, server.connector().getAcceptQueueSize());
        assertEquals(120_000, server.connector().getIdleTimeout());
    }

    /** 14.11: a request still running when the grace period ends is answered 503 before the connection closes. */
    @Test
    void answersARequestStillRunningAtTheEndOfTheGracePeriod503() throws Exception {
        start("{\"functions4j\": {\"server\": {\"gracePeriod\": \"00:00:00.5\"}}}");
        HostFunctions.release = new CountDownLatch(1);
        HostFunctions.INTERRUPTED.set(false);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (String path : List.of("/api/blocking", "/api/sleeps", "/api/never")) {
            inFlight.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Await.until("three invocations run", () -> server.app().timeouts().watching() == 3);
        long start = System.nanoTime();
        try (LogCapture logs = LogCapture.of("org.functions4j.server.GracePeriod")) {
            server.close();
            server = null;
            assertTrue(logs.texts().stream().anyMatch(t -> t.startsWith("3 invocation(s) still running")),
                    logs.texts()::toString);
        }
        for (CompletableFuture<HttpResponse<String>> response : inFlight) {
            HttpResponse<String> answer = response.get(10, TimeUnit.SECONDS);
            assertEquals(503, answer.statusCode(), answer::body);
            assertTrue(JSON.readTree(answer.body()).get("error").asText().startsWith("The host is stopping"),
                    answer::body);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 500 && millis < 5_000, "answered at the end of the grace period: " + millis + " ms");
        Await.until("the sleeping function saw its interrupt", HostFunctions.INTERRUPTED::get);
    }
}
