package org.functions4j.server.traceapp;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** Functions that look at the current span, as users of Azure's worker want to (TracingTest). */
public class TracedFunctions {
    @FunctionName("Traced")
    public Map<String, String> traced(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, methods = HttpMethod.GET,
                    route = "orders/{id:int}") String body, ExecutionContext context) {
        Span work = GlobalOpenTelemetry.getTracer("test").spanBuilder("work").startSpan();
        work.end();
        return Map.of("currentSpanId", Span.current().getSpanContext().getSpanId(),
                "currentTraceId", Span.current().getSpanContext().getTraceId(),
                "traceparent", context.getTraceContext().getTraceparent());
    }

    @FunctionName("Fails")
    public String fails(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        throw new IllegalStateException("it broke");
    }

    @FunctionName("Later")
    public CompletionStage<String> later(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return CompletableFuture.supplyAsync(() -> "done later");
    }

    @FunctionName("Missing")
    public HttpResponseMessage missing(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS)
                                       HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.NOT_FOUND).body("no such order").build();
    }

    @FunctionName("Slow")
    public String slow(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body)
            throws InterruptedException {
        Thread.sleep(30_000); // interrupted at functionTimeout
        return "too late";
    }

    @FunctionName("Keyed")
    public String keyed(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.FUNCTION) String body) {
        return "with a key";
    }
}
