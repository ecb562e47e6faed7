package org.functions4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.invoke.FunctionResult;
import org.functions4j.runtime.invoke.Invocation;
import org.functions4j.runtime.invoke.RequestData;
import org.functions4j.runtime.model.FunctionDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parameter binding, the call and result mapping, without the servlet container: a query value
 * bound to a {@code String} and the greeting mapped to text (Hello), a JSON body bound to a POJO
 * and the POJO mapped to JSON (Echo).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InvocationBenchmark {
    private static final byte[] MESSAGE = "{\"text\":\"hello\",\"count\":2,\"tags\":[\"a\",\"b\"]}"
            .getBytes(StandardCharsets.UTF_8);

    private FunctionApp app;
    private FunctionDefinition hello;
    private FunctionDefinition echo;

    @Setup
    public void setUp() throws Exception {
        app = BenchApp.assemble();
        hello = app.catalog().routes().match("GET", "/api/Hello").target();
        echo = app.catalog().routes().match("POST", "/api/Echo").target();
    }

    @TearDown
    public void tearDown() {
        app.close();
    }

    @Benchmark
    public FunctionResult helloQueryToText() throws Exception {
        Invocation invocation = new Invocation(hello, new Request("GET", Map.of("name", "load"), null, null), Map.of());
        return app.results().map(app.invoker(hello).invoke(invocation));
    }

    @Benchmark
    public FunctionResult echoJsonToPojoToJson() throws Exception {
        Invocation invocation = new Invocation(echo, new Request("POST", Map.of(), "application/json", MESSAGE), Map.of());
        return app.results().map(app.invoker(echo).invoke(invocation));
    }

    /** A request as the servlet layer presents it, already parsed. */
    private record Request(String method, Map<String, String> queryParameters, String contentType, byte[] body)
            implements RequestData {
        @Override
        public String url() {
            return "http://localhost/api/bench";
        }

        @Override
        public Map<String, String> headers() {
            return contentType == null ? Map.of() : Map.of("content-type", contentType);
        }
    }
}
