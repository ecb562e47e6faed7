package org.functions4j.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.SecretStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline without any server: each request answered once, and the app swapped under load. */
class PipelineTest {
    @TempDir
    Path secrets;
    private Pipeline pipeline;
    private SecretStore store;

    @BeforeEach
    void start() {
        PipelineFunctions.entered = new CountDownLatch(1);
        PipelineFunctions.release = new CountDownLatch(1);
        store = SecretStore.open(secrets, null);
        pipeline = new Pipeline(app("{}"));
    }

    @AfterEach
    void stop() {
        PipelineFunctions.release.countDown();
        pipeline.close();
    }

    private FunctionApp app(String hostJson) {
        return PipelineFixture.app(hostJson, store);
    }

    private RecordingExchange send(RecordingExchange exchange) throws InterruptedException {
        pipeline.handle(exchange);
        return exchange.awaitAnswer();
    }

    /** Every stage's own answer, each exactly once: method | target | key | status | body. */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET    | /api/hello/ann          | -      | 200 | hello ann
            GET    | /api/nothing            | -      | 404 |
            DELETE | /api/hello/ann          | -      | 405 |
            GET    | /api/keyed              | -      | 401 |
            GET    | /api/keyed              | wrong  | 401 |
            GET    | /api/keyed              | host   | 200 | keyed
            GET    | /admin/host/status      | -      | 401 |
            GET    | /admin/host/status      | host   | 403 |
            GET    | /api/x/../../admin/host/ping | - | 200 |
            """)
    void answersEachRequestOnce(String method, String target, String key, int status, String body) throws Exception {
        RecordingExchange exchange = new RecordingExchange(method, target, null);
        if (key != null) {
            exchange.withHeader("x-functions-key", key.equals("host") ? store.keys(SecretStore.Scope.HOST, null)
                    .get("default").orElseThrow().value() : key);
        }
        send(exchange);
        assertEquals(status, exchange.status());
        assertEquals(body == null ? "" : body, exchange.text());
        assertEquals(1, exchange.completions.get());
    }

    @Test
    void aWriteThatFailsLandsOnceAndGivesTheSlotBack() throws Exception {
        pipeline.swap(app("{\"http\": {\"maxConcurrentRequests\": 1, \"maxOutstandingRequests\": 1}}"), Duration.ZERO);
        for (int i = 0; i < 3; i++) { // a slot kept by a failed write would make the next one 429
            RecordingExchange exchange = new RecordingExchange("GET", "/api/hello/x", null);
            exchange.failWrite = new IOException("connection reset");
            send(exchange);
            assertEquals(1, exchange.completions.get());
        }
        assertEquals("hello y", send(new RecordingExchange("GET", "/api/hello/y", null)).text());
    }

    @Test
    void aSwapServesNewRequestsFromTheNewAppAndLetsTheOldOneFinish() throws Exception {
        FunctionApp old = pipeline.app();
        AtomicInteger oldClosed = new AtomicInteger();
        old.closeWith(oldClosed::incrementAndGet);
        RecordingExchange inFlight = new RecordingExchange("GET", "/api/slow", null);
        Thread caller = new Thread(() -> pipeline.handle(inFlight));
        caller.start();
        assertTrue(PipelineFunctions.entered.await(10, TimeUnit.SECONDS));

        FunctionApp next = app("{\"extensions\": {\"http\": {\"routePrefix\": \"v2\"}}}");
        CountDownLatch swapped = new CountDownLatch(1);
        boolean[] drained = new boolean[1];
        Thread swapper = new Thread(() -> {
            try {
                drained[0] = pipeline.swap(next, Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            swapped.countDown();
        });
        swapper.start();
        while (pipeline.app() != next) {
            Thread.onSpinWait();
        }
        assertEquals("hello new", send(new RecordingExchange("GET", "/v2/hello/new", null)).text());
        assertEquals(404, send(new RecordingExchange("GET", "/api/hello/old", null)).status());
        assertEquals(0, oldClosed.get(), "the old app is closed only after its request is answered");

        PipelineFunctions.release.countDown();
        assertEquals("slow", inFlight.awaitAnswer().text());
        assertTrue(swapped.await(10, TimeUnit.SECONDS));
        assertTrue(drained[0]);
        assertEquals(1, oldClosed.get());
    }

    @Test
    void aSwapWhoseOldRequestsOutliveTheDrainAnswersThem503() throws Exception {
        RecordingExchange inFlight = new RecordingExchange("GET", "/api/slow", null);
        new Thread(() -> pipeline.handle(inFlight)).start();
        assertTrue(PipelineFunctions.entered.await(10, TimeUnit.SECONDS));
        assertFalse(pipeline.swap(app("{}"), Duration.ofMillis(1)));
        assertEquals(503, inFlight.awaitAnswer().status());
        assertEquals(1, inFlight.completions.get());
    }

    @Test
    void aQueuedRequestRunsWhenTheSlotFrees() throws Exception {
        pipeline.swap(app("{\"http\": {\"maxConcurrentRequests\": 1, \"maxOutstandingRequests\": 2}}"), Duration.ZERO);
        RecordingExchange first = new RecordingExchange("GET", "/api/slow", null);
        new Thread(() -> pipeline.handle(first)).start();
        assertTrue(PipelineFunctions.entered.await(10, TimeUnit.SECONDS));
        RecordingExchange queued = new RecordingExchange("GET", "/api/hello/q", null);
        pipeline.handle(queued); // returns at once: the request waits without a thread
        assertEquals(429, send(new RecordingExchange("GET", "/api/hello/over", null)).status());
        assertEquals(0, queued.completions.get());
        PipelineFunctions.release.countDown();
        assertEquals("slow", first.awaitAnswer().text());
        assertEquals("hello q", queued.awaitAnswer().text());
    }

}
