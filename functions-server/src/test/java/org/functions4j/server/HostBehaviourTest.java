package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.host.LoadSample;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.hostapp.HostFunctions;
import org.junit.jupiter.api.Test;

/** host.json settings, limits, throttles, timeouts, health and shutdown, through the real server. */
class HostBehaviourTest extends ServerPerTest {
    @Override
    protected List<Class<?>> functions() {
        return List.of(HostFunctions.class);
    }

    @Test
    void addsCustomHeadersToEveryResponseAndHstsOverHttpsOnly() throws Exception {
        start("""
                {"version": "2.0", "extensions": {"http": {"customHeaders": {"X-Content-Type-Options": "nosniff"},
                 "hsts": {"isEnabled": true, "maxAge": "365.00:00:00", "includeSubDomains": true}}}}""");
        for (String path : List.of("/api/fast", "/api/nope", "/admin/host/ping", "/admin/host/keys")) {
            assertEquals("nosniff", send(Request.of("GET", path)).header("X-Content-Type-Options"), path);
        }
        String hsts = "max-age=31536000; includeSubDomains";
        assertNull(send(Request.of("GET", "/api/fast").header("Host", "example.com")).header("Strict-Transport-Security"),
                "not over plain HTTP");
        assertEquals(hsts, send(Request.of("GET", "/api/fast").header("Host", "example.com")
                .header("X-Forwarded-Proto", "https")).header("Strict-Transport-Security"));
        assertNull(send(Request.of("GET", "/api/fast").header("Host", "localhost")
                .header("X-Forwarded-Proto", "https")).header("Strict-Transport-Security"), "localhost is excluded");
    }

    @Test
    void answers414ForALongUrlAnd413ForABodyOverTheLimit() throws Exception {
        start("{\"functions4j\": {\"limits\": {\"maxUrlBytes\": 100, \"maxRequestBodyBytes\": 1000}}}");
        assertEquals(200, send(Request.of("GET", "/api/upload?q=" + "a".repeat(80))).status());
        assertEquals(414, send(Request.of("GET", "/api/upload?q=" + "a".repeat(90))).status());
        assertEquals(414, send(Request.of("GET", "/api/" + "a".repeat(100))).status());
        assertEquals("1000", send(Request.of("POST", "/api/upload").body(new byte[1000])).text());
        assertEquals(413, send(Request.of("POST", "/api/upload").body(new byte[1001])).status());
    }

    @Test
    void refusesAnOversizedBodyWithoutReadingIt() throws Exception {
        start("{}");
        try (RawHttp raw = new RawHttp(server.port())) {
            // Declares 200 MB and sends none of it: the answer must come at once, not after 100 MB.
            raw.write("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 200000000\r\n\r\n");
            assertEquals(413, RawHttp.status(raw.readResponse()));
        }
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimit() throws Exception {
        start("{\"functions4j\": {\"limits\": {\"maxRequestBodyBytes\": 1000}}}");
        try (RawHttp raw = new RawHttp(server.port())) {
            String chunk = "a".repeat(600);
            raw.write("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "258\r\n" + chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");
            assertEquals(413, RawHttp.status(raw.readResponse()));
        }
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.write("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "258\r\n" + "a".repeat(600) + "\r\n0\r\n\r\n");
            String response = raw.readResponse();
            assertEquals(200, RawHttp.status(response));
            assertTrue(response.endsWith("600"), response);
        }
    }

    @Test
    void limitsConcurrencyAndOutstandingRequestsExactly() throws Exception {
        start("{\"http\": {\"maxConcurrentRequests\": 2, \"maxOutstandingRequests\": 4}}");
        HostFunctions.release = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            first.add(getAsync("/api/blocking"));
        }
        Await.until("2 execute and 2 wait", () -> HostFunctions.RUNNING.get() == 2
                && server.app().gate().counts()[1] == 2);
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = getAsync("/api/blocking").get(10, TimeUnit.SECONDS);
            rejected.add(response.statusCode());
            assertEquals("1", response.headers().firstValue("X-FUNCTION-SCALEOUT").orElse(""));
            assertEquals("", response.body());
        }
        assertEquals(List.of(429, 429, 429), rejected);
        assertEquals(2, HostFunctions.RUNNING.get(), "waiting requests hold no function thread");
        assertEquals(200, send(Request.of("GET", "/admin/host/ping")).status(), "health is exempt");
        HostFunctions.release.countDown();
        for (CompletableFuture<HttpResponse<String>> response : first) {
            assertEquals(200, response.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals("released", response.get().body());
        }
        Await.until("the gate is empty", () -> server.app().gate().counts()[0] == 0);
        assertEquals(200, getAsync("/api/fast").get(10, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void throttlesWhileACounterIsHighAndRecovers() throws Exception {
        start("{\"http\": {\"dynamicThrottlesEnabled\": true}, \"functions4j\": {\"dynamicThrottles\": {\"sampleInterval\": \"01:00:00\"}}}");
        server.app().throttle().update(new LoadSample(0.2, 0.85, 0.1, -1));
        HttpExchange throttled = send(Request.of("GET", "/api/fast"));
        assertEquals(429, throttled.status());
        assertEquals(0, throttled.body().length);
        assertEquals(200, send(Request.of("GET", "/admin/host/ping")).status(), "health is exempt");
        server.app().throttle().update(new LoadSample(0.2, 0.5, 0.1, -1));
        assertEquals(200, send(Request.of("GET", "/api/fast")).status());
    }

    @Test
    void cancelsAFunctionPastItsTimeoutAndDiscardsItsResult() throws Exception {
        start("{\"functionTimeout\": \"00:00:01\"}");
        HostFunctions.INTERRUPTED.set(false);
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.pipeline.Execution")) {
            HttpExchange response = send(Request.of("GET", "/api/sleeps"));
            // The function would sleep 20 s and then answer 200 "woke up" (or "interrupted"): a 500
            // "timed out" is the deadline's answer, whatever the clock says.
            assertEquals(500, response.status());
            JsonNode body = JSON.readTree(response.body());
            assertEquals("Function 'Sleeps' timed out.", body.get("error").asText());
            Await.until("the function saw the interrupt", HostFunctions.INTERRUPTED::get);
            String invocationId = body.get("invocationId").asText();
            assertTrue(logs.texts().stream().anyMatch(t -> t.contains("timed out") && t.contains(invocationId)),
                    logs.texts()::toString);
        }
        assertEquals(200, send(Request.of("GET", "/api/fast")).status(), "the thread is usable again");
    }

    @Test
    void cancelsAStageThatNeverCompletes() throws Exception {
        start("{\"functionTimeout\": \"00:00:01\"}");
        HttpExchange response = send(Request.of("GET", "/api/never"));
        assertEquals(500, response.status());
        assertTrue(HostFunctions.never.isCancelled(), "the stage is cancelled");
    }

    @Test
    void servesHealthEndpoints() throws Exception {
        start("{}");
        assertEquals(200, send(Request.of("GET", "/admin/host/ping")).status());
        assertEquals(405, send(Request.of("POST", "/admin/host/ping")).status());
        assertEquals(401, send(Request.of("GET", "/admin/host/status")).status());
        String master = server.app().secrets().master().orElseThrow();
        HttpExchange status = send(Request.of("GET", "/admin/host/status").header("x-functions-key", master));
        assertEquals(200, status.status());
        JsonNode body = JSON.readTree(status.body());
        assertEquals("Running", body.get("state").asText());
        assertEquals(5, body.get("functionCount").asInt());
        assertTrue(body.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), body::toString);
        assertTrue(body.get("uptimeSeconds").asLong() >= 0);
    }

    @Test
    void logsOneLineAPerRequestWithoutKeys() throws Exception {
        start("{\"functions4j\": {\"accessLog\": true}}");
        String master = server.app().secrets().master().orElseThrow();
        try (LogCapture logs = LogCapture.of("org.functions4j.access")) {
            send(Request.of("GET", "/api/fast?name=x&code=" + master));
            send(Request.of("GET", "/api/never-heard-of-it"));
            Await.until("both lines are written", () -> logs.texts().size() >= 2);
            // Lines are written when each request completes, so their order is not the order sent.
            assertTrue(logs.texts().stream().anyMatch(line ->
                    line.matches("GET /api/fast\\?name=x&code=\\*\\*\\* 200 \\d+\\.\\d{3}ms [0-9a-f-]{36}")),
                    logs.texts()::toString);
            assertTrue(logs.texts().stream().anyMatch(line -> line.matches("GET /api/never-heard-of-it 404 \\d+\\.\\d{3}ms")),
                    logs.texts()::toString);
            assertFalse(String.join("\n", logs.texts()).contains(master));
        }
    }

    @Test
    void finishesRequestsInFlightAndRefusesNewOnesWhenStopping() throws Exception {
        start("{}");
        HostFunctions.release = new CountDownLatch(1);
        try (RawHttp idle = new RawHttp(server.port())) {
            idle.write("GET /api/fast HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, RawHttp.status(idle.readResponse()));
            CompletableFuture<HttpResponse<String>> inFlight = getAsync("/api/blocking");
            Await.until("the request is in flight", () -> HostFunctions.RUNNING.get() == 1);
            Thread stopper = new Thread(server::close);
            stopper.start();
            String answer = "";
            for (int attempt = 0; attempt < 200; attempt++) {
                // Until the shutdown reaches the handler, requests are still served; then they are
                // refused. Jetty shuts the connector down at the same time as the handler: when it
                // gets there first, the 200 says "Connection: close" and the connection closes.
                idle.write("GET /api/fast HTTP/1.1\r\nHost: localhost\r\n\r\n");
                answer = idle.readResponse();
                if (answer.isEmpty() || RawHttp.status(answer) != 200 || answer.contains("Connection: close")) {
                    break;
                }
                Thread.sleep(10);
            }
            assertTrue(answer.isEmpty() || answer.contains("Connection: close") || RawHttp.status(answer) == 503,
                    "new requests are refused while draining: " + answer);
            HostFunctions.release.countDown();
            assertEquals(200, inFlight.get(10, TimeUnit.SECONDS).statusCode(), "the request in flight finished");
            stopper.join(15_000);
            server = null;
        }
    }
}
