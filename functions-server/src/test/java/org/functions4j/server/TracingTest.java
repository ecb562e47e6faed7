package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.traceapp.TracedFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each invocation is an OpenTelemetry SERVER span (HTTP and FaaS semantic conventions), a child of
 * the caller's W3C context, current while the function runs, ended on every kind of answer. The
 * SDK with an in-memory exporter is configured as an application (or the Java agent) would.
 */
class TracingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";
    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static FunctionsServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build());
        server = TestServers.start(List.of(TracedFunctions.class),
                HostConfig.parse("{\"version\": \"2.0\", \"functionTimeout\": \"00:00:01\"}", "host.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
        GlobalOpenTelemetry.resetForTest();
    }

    @BeforeEach
    void clear() {
        SPANS.reset();
    }

    @Test
    void anInvocationIsAServerSpanUnderTheCallersTraceAndCurrentInTheFunction() throws Exception {
        HttpResponse<String> response = get("/api/orders/42?code=not-recorded",
                "00-" + TRACE_ID + "-" + PARENT_ID + "-01");
        assertEquals(200, response.statusCode());
        SpanData span = serverSpan("GET /api/orders/{id:int}");
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals(TRACE_ID, span.getTraceId());
        assertEquals(PARENT_ID, span.getParentSpanId(), "a child of the caller's span");
        assertEquals("GET", span.getAttributes().get(AttributeKey.stringKey("http.request.method")));
        assertEquals("/api/orders/{id:int}", span.getAttributes().get(AttributeKey.stringKey("http.route")));
        assertEquals("/api/orders/42", span.getAttributes().get(AttributeKey.stringKey("url.path")), "never the query");
        assertEquals("http", span.getAttributes().get(AttributeKey.stringKey("url.scheme")));
        assertEquals(200L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("Traced", span.getAttributes().get(AttributeKey.stringKey("faas.name")));
        assertEquals("http", span.getAttributes().get(AttributeKey.stringKey("faas.trigger")));
        assertEquals(36, span.getAttributes().get(AttributeKey.stringKey("faas.invocation_id")).length());
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());

        JsonNode body = JSON.readTree(response.body());
        assertEquals(span.getSpanId(), body.get("currentSpanId").asText(), "Span.current() in the function");
        assertEquals("00-" + TRACE_ID + "-" + span.getSpanId() + "-01", body.get("traceparent").asText(),
                "ExecutionContext.getTraceContext() names the same span");
        SpanData work = SPANS.getFinishedSpanItems().stream().filter(s -> s.getName().equals("work")).findFirst()
                .orElseThrow();
        assertEquals(span.getSpanId(), work.getParentSpanId(), "the function's own span nests under the invocation's");
    }

    @Test
    void withoutAValidTraceparentANewTraceStarts() throws Exception {
        for (String traceparent : new String[] {null, "00-xyz", "00-" + "0".repeat(32) + "-" + PARENT_ID + "-01"}) {
            SPANS.reset();
            assertEquals(200, get("/api/orders/1", traceparent).statusCode());
            SpanData span = serverSpan("GET /api/orders/{id:int}");
            assertFalse(span.getParentSpanContext().isValid(), "a root span for " + traceparent);
            assertNotEquals(TRACE_ID, span.getTraceId());
        }
    }

    @Test
    void aFailureIsAnErrorWithTheExceptionRecorded() throws Exception {
        assertEquals(500, get("/api/Fails", null).statusCode());
        SpanData span = serverSpan("GET /api/Fails");
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals(500L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("java.lang.IllegalStateException", span.getAttributes().get(AttributeKey.stringKey("error.type")));
        EventData exception = span.getEvents().stream().filter(e -> e.getName().equals("exception")).findFirst()
                .orElseThrow();
        assertEquals("it broke", exception.getAttributes().get(AttributeKey.stringKey("exception.message")));
    }

    @Test
    void aTimeoutEndsTheSpanAsAnError() throws Exception {
        assertEquals(500, get("/api/Slow", null).statusCode());
        SpanData span = serverSpan("GET /api/Slow");
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals("java.util.concurrent.TimeoutException",
                span.getAttributes().get(AttributeKey.stringKey("error.type")));
    }

    @Test
    void anAsynchronousFunctionsSpanEndsWhenItIsAnswered() throws Exception {
        HttpResponse<String> response = get("/api/Later", null);
        assertEquals("done later", response.body());
        SpanData span = serverSpan("GET /api/Later");
        assertEquals(200L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertTrue(span.hasEnded());
    }

    /** HTTP server spans: a 4xx is the client's doing, not the span's error (semantic conventions). */
    @Test
    void aClientErrorIsNotASpanError() throws Exception {
        assertEquals(404, get("/api/Missing", null).statusCode());
        SpanData span = serverSpan("GET /api/Missing");
        assertEquals(404L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }

    /** A request refused before its function runs (no key, no route) is no invocation and no span. */
    @Test
    void aRefusedRequestIsNoSpan() throws Exception {
        assertEquals(401, get("/api/Keyed", null).statusCode());
        assertEquals(404, get("/api/nothing/here", null).statusCode());
        Thread.sleep(100); // a span would have ended by now
        assertEquals(List.of(), SPANS.getFinishedSpanItems());
    }

    private static SpanData serverSpan(String name) throws InterruptedException {
        try {
            Await.until("the span '" + name + "' ended", () -> SPANS.getFinishedSpanItems().stream()
                    .anyMatch(s -> s.getName().equals(name)));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; ended: " + SPANS.getFinishedSpanItems().stream()
                    .map(SpanData::getName).toList(), e);
        }
        List<SpanData> spans = SPANS.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.SERVER).toList();
        assertEquals(1, spans.size(), spans::toString);
        return spans.get(0);
    }

    private static HttpResponse<String> get(String path, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
