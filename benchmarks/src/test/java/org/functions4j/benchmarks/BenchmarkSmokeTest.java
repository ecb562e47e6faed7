package org.functions4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.route.RouteTable;
import org.functions4j.server.FunctionsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Not a measurement: proves the benchmarks still compile, start and hit what they mean to. */
class BenchmarkSmokeTest {

    @Test
    void theBenchmarksRun() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RouteTableBenchmark.class.getSimpleName())
                .include(KeyCheckBenchmark.class.getSimpleName())
                .include(InvocationBenchmark.class.getSimpleName())
                .param("routes", "10")
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .build()).run();
        assertEquals(5, results.size());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource({"baseline, hello", "baseline, echo", "functions4j, hello", "functions4j, echo"})
    void theBaselineAndFunctions4jGiveTheSameAnswerToTheLoadRequests(String server, String request) throws Exception {
        String key;
        AutoCloseable running;
        LocalConnector connector;
        if (server.equals("baseline")) {
            key = "BenchmarkKey_0123456789abcdefghijklmnop";
            Server baseline = BaselineServer.start(0, key);
            running = baseline::stop;
            connector = baseline.getBean(LocalConnector.class);
        } else {
            FunctionApp app = BenchApp.assemble();
            key = app.secrets().keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
            FunctionsServer functions = FunctionsServer.start(app, "127.0.0.1", 0, getClass().getClassLoader());
            running = functions;
            connector = functions.localConnector();
        }
        try (running) {
            String echoed = "{\"text\":\"hello\",\"count\":2,\"tags\":[\"a\",\"b\"]}";
            HttpTester.Response response = HttpTester.parseResponse(connector.getResponse(request.equals("hello")
                    ? "GET /api/Hello?name=load HTTP/1.1\r\nHost: localhost\r\nx-functions-key: " + key + "\r\n\r\n"
                    : "POST /api/Echo HTTP/1.1\r\nHost: localhost\r\nx-functions-key: " + key
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + echoed.length() + "\r\n\r\n" + echoed));
            assertEquals(200, response.getStatus());
            assertEquals(request.equals("hello") ? "Hello, load" : echoed, response.getContent());
        }
    }

    @Test
    void theInvocationBenchmarkGetsTheFunctionsAnswers() throws Exception {
        InvocationBenchmark benchmark = new InvocationBenchmark();
        benchmark.setUp();
        try {
            assertEquals("Hello, load", new String(benchmark.helloQueryToText().body(), StandardCharsets.UTF_8));
            assertEquals("{\"text\":\"hello\",\"count\":2,\"tags\":[\"a\",\"b\"]}",
                    new String(benchmark.echoJsonToPojoToJson().body(), StandardCharsets.UTF_8));
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void everyBenchmarkPathMatchesARoute() {
        for (int routes : new int[] {10, 1000, 10000}) {
            RouteTable<String> table = Routes.table(routes);
            assertEquals(routes, table.size());
            for (String path : Routes.paths(routes)) {
                assertTrue(table.match("GET", path).isFound(), path);
            }
            assertFalse(table.match("GET", "/api/nowhere").isFound());
        }
    }
}
