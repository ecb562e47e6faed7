package org.functions4j.runtime.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.invoke.FakeRequest;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.junit.jupiter.api.Test;

/** The span an invocation gets, with and without a span already current (the Java agent's server span). */
class TracingObserverTest {
    /** A function to have a definition of. */
    public static class Orders {
        @FunctionName("Orders")
        public String run(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, route = "orders/{id}")
                          String body) {
            return body;
        }
    }

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    private final FunctionDefinition function = FunctionCatalog.of(List.of(Orders.class), "api").functions().get(0);
    private final TracingObserver observer = new TracingObserver(sdk, "api");

    @Test
    void aRequestWithNoSpanCurrentIsAServerSpanUnderTheCaller() {
        Map<String, String> headers = Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        observer.invocationStarted(new Invocation(function, new FakeRequest(headers), Map.of()), observed(headers))
                .ended(200, null);
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals("GET /api/orders/{id}", span.getName());
        assertEquals("00f067aa0ba902b7", span.getParentSpanId());
    }

    /** One SERVER span a request: under the agent's span of the HTTP server, the invocation's is INTERNAL. */
    @Test
    void underASpanAlreadyCurrentTheInvocationIsAnInternalChild() {
        Tracer agent = sdk.getTracer("agent");
        Span http = agent.spanBuilder("GET").setSpanKind(SpanKind.SERVER).startSpan();
        Map<String, String> headers = Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Invocation invocation = new Invocation(function, new FakeRequest(headers), Map.of());
        try (Scope ignored = http.makeCurrent()) {
            observer.invocationStarted(invocation, observed(headers)).ended(200, null);
        }
        http.end();
        SpanData span = spans.getFinishedSpanItems().stream().filter(s -> s.getName().startsWith("GET /api"))
                .findFirst().orElseThrow();
        assertEquals(SpanKind.INTERNAL, span.getKind());
        assertEquals(http.getSpanContext().getSpanId(), span.getParentSpanId());
        SpanData server = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.SERVER)
                .findFirst().orElseThrow();
        assertEquals("GET /api/orders/{id}", server.getName(), "the server span is named by the route");
        assertEquals("/api/orders/{id}", server.getAttributes().get(io.opentelemetry.api.common.AttributeKey
                .stringKey("http.route")));
        assertEquals(http.getSpanContext().getTraceId(), invocation.traceId(), "the context names the same trace");
        assertTrue(span.hasEnded());
    }

    private static ObservedRequest observed(Map<String, String> headers) {
        return new ObservedRequest() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public String requestUri() {
                return "/api/orders/1";
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String header(String name) {
                return headers.get(name);
            }
        };
    }
}
